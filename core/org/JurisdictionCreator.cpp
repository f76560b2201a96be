#include "org/JurisdictionCreator.h"

#include "storage/OrgUnitRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace wushe::org {

namespace {

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

Result<OrgUnit> JurisdictionCreator::jurisdictionUnit(const QString& unitCode) const
{
    const OrgUnit* unit = m_catalog.find(unitCode.trimmed());
    if (!unit)
        return fail(QStringLiteral("unit.unknown"), QCoreApplication::translate("JurisdictionCreator", "区划代码%1不存在（应为陕西省内的12位统计用区划代码）").arg(unitCode));
    if (unit->level != OrgLevel::City && unit->level != OrgLevel::County && unit->level != OrgLevel::Township)
        return fail(QStringLiteral("unit.level"),
                    QCoreApplication::translate("JurisdictionCreator", "%1 是%2；数据库只能为市、县（区）或乡镇（街道）建立").arg(unit->name, kOrgLevels.label(unit->level)));
    return *unit;
}

Result<storage::Database> JurisdictionCreator::create(const QString& path, const QString& unitCode,
                                                      const storage::WriteContext& context) const
{
    auto root = jurisdictionUnit(unitCode);
    if (!root)
        return std::unexpected(root.error());
    if (QFileInfo::exists(path))
        return fail(QStringLiteral("db.exists"), QCoreApplication::translate("JurisdictionCreator", "文件%1已存在，不会覆盖。请换一个文件名。").arg(path));

    auto made = [&]() -> Result<storage::Database> {
        auto db = storage::Database::open(path);
        if (!db)
            return std::unexpected(db.error());
        storage::Transaction transaction(db->sql());
        if (!transaction.isActive())
            return std::unexpected(transaction.error());
        if (auto ok = storage::OrgUnitRepository(db->sql()).insertAll(m_catalog.subtree(root->code)); !ok)
            return std::unexpected(ok.error());
        QStringList path;
        for (const OrgUnit& ancestor : m_catalog.ancestors(root->code))
            path << ancestor.name;
        path << root->name;
        const QList<std::pair<QString, QString>> meta{
            {QStringLiteral("database_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("jurisdiction_code"), root->code},
            {QStringLiteral("jurisdiction_name"), root->name},
            {QStringLiteral("jurisdiction_path"), path.join(u' ')},
            {QStringLiteral("created_at"), storage::RecordColumns::timestamp(context.now())},
            {QStringLiteral("created_by"), context.user},
        };
        for (const auto& [key, value] : meta)
            if (auto ok = db->setMeta(key, value); !ok)
                return std::unexpected(ok.error());
        if (auto ok = transaction.commit(); !ok)
            return std::unexpected(ok.error());
        return std::move(*db);
    }();
    if (!made)
        removeDatabaseFiles(path);
    return made;
}

} // namespace wushe::org
