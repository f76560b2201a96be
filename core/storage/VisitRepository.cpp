#include "storage/VisitRepository.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace wushe::storage {

namespace {


const QString kTable = QStringLiteral("visit");
const QString kColumns = QStringLiteral("ledger, subject_id, visit_on, mode, kind, visitors, visitor_count, findings, "
                                        "actions, referral, referral_note");

QString subjectTable(Ledger ledger)
{
    switch (ledger) {
    case Ledger::Elderly: return QStringLiteral("elderly_record");
    case Ledger::Child: return QStringLiteral("child_record");
    case Ledger::Relief: return QStringLiteral("relief_household");
    }
    return {};
}

QVariantMap visitBinds(const Visit& visit)
{
    return {{QStringLiteral(":ledger"), kLedgers.key(visit.ledger)},
            {QStringLiteral(":subject_id"), visit.subjectId},
            {QStringLiteral(":visit_on"), visit.visitOn.toString(Qt::ISODate)},
            {QStringLiteral(":mode"), kVisitModes.key(visit.mode)},
            {QStringLiteral(":kind"), kVisitKinds.key(visit.kind)},
            {QStringLiteral(":visitors"), VisitRepository::visitorsToJson(visit.visitors)},
            {QStringLiteral(":visitor_count"), visit.visitors.size()},
            {QStringLiteral(":findings"), visit.findings},
            {QStringLiteral(":actions"), visit.actions},
            {QStringLiteral(":referral"), kReferrals.key(visit.referral)},
            {QStringLiteral(":referral_note"), visit.referralNote}};
}

} // namespace

QString VisitRepository::visitorsToJson(const QList<Visitor>& visitors)
{
    QJsonArray array;
    for (const Visitor& visitor : visitors)
        array.append(QJsonObject{{QStringLiteral("name"), visitor.name},
                                 {QStringLiteral("role"), kVisitorRoles.key(visitor.role)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<Visitor>> VisitRepository::visitorsFromJson(const QString& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return fail(QStringLiteral("db.corrupt"), QCoreApplication::translate("VisitRepository", "走访人员数据已损坏：%1").arg(json.left(80)));
    QList<Visitor> visitors;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        visitors << Visitor{object.value(QStringLiteral("name")).toString(),
                            kVisitorRoles.fromKey(object.value(QStringLiteral("role")).toString())
                                .value_or(VisitorRole::Staff)};
    }
    return visitors;
}

Result<void> VisitRepository::check(Visit& visit) const
{
    if (visit.ledger != Ledger::Relief && visit.kind != VisitKind::Visit) {
        return fail(QStringLiteral("visit.kind"), QCoreApplication::translate("VisitRepository", "“%1”只用于社会救助台账，%2请登记为探访")
                                                      .arg(kVisitKinds.label(visit.kind), kLedgers.label(visit.ledger)));
    }

    QSqlQuery subject(m_db);
    if (auto ok = prepare(subject, QStringLiteral("SELECT org_code FROM %1 WHERE id = :id AND deleted = 0")
                                       .arg(subjectTable(visit.ledger)));
        !ok)
        return ok;
    subject.bindValue(QStringLiteral(":id"), visit.subjectId);
    if (auto ok = exec(subject, QStringLiteral("visit subject")); !ok)
        return ok;
    if (!subject.next())
        return fail(QStringLiteral("visit.subject"),
                    QCoreApplication::translate("VisitRepository", "在%1中找不到要登记走访的记录（可能已被删除）").arg(kLedgers.label(visit.ledger)));
    visit.meta.orgCode = subject.value(0).toString();

    if (!visit.visitOn.isValid())
        return fail(QStringLiteral("visit.date"), QCoreApplication::translate("VisitRepository", "请填写走访日期"));
    if (visit.visitOn > m_context.clock->today())
        return fail(QStringLiteral("visit.date"), QCoreApplication::translate("VisitRepository", "走访日期不能晚于今天"));
    if (visit.visitOn < earliestVisitDate())
        return fail(QStringLiteral("visit.date"), QCoreApplication::translate("VisitRepository", "走访日期不能早于2000年1月1日，请核对"));

    QList<Visitor> visitors;
    QSet<QString> names;
    QString repeated;
    for (Visitor visitor : visit.visitors) {
        visitor.name = visitor.name.simplified();
        if (visitor.name.isEmpty())
            continue; // a blank row of the form
        if (names.contains(visitor.name) && repeated.isEmpty())
            repeated = visitor.name;
        names.insert(visitor.name);
        visitors << visitor;
    }
    if (visitors.isEmpty())
        return fail(QStringLiteral("visit.visitors"), QCoreApplication::translate("VisitRepository", "请至少填写一名走访人员"));
    // 低保入户调查: 每组不少于2人 (ledger-fields.md §8).
    if (visit.kind == VisitKind::HouseholdCheck && names.size() < 2)
        return fail(QStringLiteral("visit.investigators"),
                    QCoreApplication::translate("VisitRepository", "入户核查须至少两名调查人员（现填写%1名）").arg(names.size()));
    if (!repeated.isEmpty())
        return fail(QStringLiteral("visit.visitors"), QCoreApplication::translate("VisitRepository", "走访人员“%1”填写了两次").arg(repeated));
    visit.visitors = visitors;
    visit.findings = visit.findings.trimmed();
    visit.actions = visit.actions.trimmed();
    visit.referralNote = visit.referralNote.trimmed();
    return {};
}

Result<void> VisitRepository::add(Visit& visit)
{
    if (auto ok = check(visit); !ok)
        return ok;
    RecordMeta meta = visit.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, kTable, kColumns, meta, visitBinds(visit)); !ok)
        return ok;
    visit.meta = meta;
    return {};
}

Result<void> VisitRepository::update(Visit& visit)
{
    if (visit.meta.isNew() || visit.meta.deleted)
        return fail(QStringLiteral("visit.not_saved"), QCoreApplication::translate("VisitRepository", "这条走访记录未保存或已删除，不能修改"));
    if (auto ok = check(visit); !ok)
        return ok;
    QVariantMap binds = visitBinds(visit);
    binds.insert(QStringLiteral(":org_code"), visit.meta.orgCode);
    return RecordColumns::update(m_db, kTable, visit.meta,
                                 QStringLiteral("org_code = :org_code, ") + RecordColumns::assignments(kColumns), binds,
                                 m_context);
}

Result<void> VisitRepository::remove(Visit& visit)
{
    return RecordColumns::markDeleted(m_db, kTable, visit.meta, m_context);
}

Result<QList<Visit>> VisitRepository::select(const QString& where, const QVariantMap& binds, const QString& tail) const
{
    QSqlQuery query(m_db);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM visit WHERE %3 %4")
                                     .arg(RecordColumns::names(), kColumns, where, tail));
        !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, binds);
    if (auto ok = exec(query, QStringLiteral("select visit")); !ok)
        return std::unexpected(ok.error());
    QList<Visit> visits;
    while (query.next()) {
        Visit visit;
        visit.meta = RecordColumns::read(query, 0);
        int column = 7;
        visit.ledger = kLedgers.fromKey(query.value(column++).toString()).value_or(Ledger::Elderly);
        visit.subjectId = query.value(column++).toString();
        visit.visitOn = QDate::fromString(query.value(column++).toString(), Qt::ISODate);
        visit.mode = kVisitModes.fromKey(query.value(column++).toString()).value_or(VisitMode::Home);
        visit.kind = kVisitKinds.fromKey(query.value(column++).toString()).value_or(VisitKind::Visit);
        auto visitors = visitorsFromJson(query.value(column++).toString());
        if (!visitors)
            return std::unexpected(visitors.error());
        visit.visitors = *visitors;
        ++column; // visitor_count is visitors.size()
        visit.findings = query.value(column++).toString();
        visit.actions = query.value(column++).toString();
        visit.referral = kReferrals.fromKey(query.value(column++).toString()).value_or(Referral::Other);
        visit.referralNote = query.value(column++).toString();
        visits << visit;
    }
    return visits;
}

Result<std::optional<Visit>> VisitRepository::find(const QString& id) const
{
    auto visits = select(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}}, {});
    if (!visits)
        return std::unexpected(visits.error());
    if (visits->isEmpty())
        return std::optional<Visit>{};
    return std::optional<Visit>{visits->first()};
}

Result<QList<Visit>> VisitRepository::history(const QString& subjectId) const
{
    return select(QStringLiteral("subject_id = :subject AND deleted = 0"), {{QStringLiteral(":subject"), subjectId}},
                  QStringLiteral("ORDER BY visit_on DESC, created_at DESC, rowid DESC"));
}

Result<std::optional<Visit>> VisitRepository::lastVisit(const QString& subjectId, QDate onOrBefore) const
{
    auto visits = select(QStringLiteral("subject_id = :subject AND deleted = 0 AND visit_on <= :day"),
                         {{QStringLiteral(":subject"), subjectId},
                          {QStringLiteral(":day"), onOrBefore.toString(Qt::ISODate)}},
                         QStringLiteral("ORDER BY visit_on DESC, created_at DESC, rowid DESC LIMIT 1"));
    if (!visits)
        return std::unexpected(visits.error());
    if (visits->isEmpty())
        return std::optional<Visit>{};
    return std::optional<Visit>{visits->first()};
}

} // namespace wushe::storage
