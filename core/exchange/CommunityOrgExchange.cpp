#include "exchange/CommunityOrgExchange.h"

#include "exchange/CommonFields.h"

namespace wushe::exchange {

CommunityOrgExchange::CommunityOrgExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : m_units(units), m_repository(std::move(db), std::move(context))
{
    using R = CommunityOrg;
    QList<Field<R>> fields{
        textField<R>(required(column(QStringLiteral("name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "组织名称")), CellKind::Text, {QStringLiteral("名称"), QStringLiteral("社会组织名称")}, 24)),
                     [](auto& r) -> auto& { return r.name; }),
    };
    fields << unitFields<R>(units, [](auto& r) -> auto& { return r.meta.orgCode; });
    fields << choiceField<R>(column(QStringLiteral("registration"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "登记或备案")), CellKind::Choice, {QStringLiteral("登记备案"), QStringLiteral("登记/备案")}, 10),
                             kOrgRegistrations, [](auto& r) -> auto& { return r.registration; })
           << textField<R>(column(QStringLiteral("registration_no"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "登记证号或备案号")), CellKind::Text, {QStringLiteral("登记证号"), QStringLiteral("备案号")}, 18),
                           [](auto& r) -> auto& { return r.registrationNo; })
           << choiceField<R>(column(QStringLiteral("type"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "组织类型")), CellKind::Choice, {QStringLiteral("类型"), QStringLiteral("类别")}, 12),
                             kCommunityOrgTypes, [](auto& r) -> auto& { return r.type; })
           << boolField<R>(column(QStringLiteral("counts_as_service"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "服务性公益性互助性")), CellKind::Bool, {}, 10),
                           [](auto& r) -> auto& { return r.countsAsService; })
           << textField<R>(column(QStringLiteral("leader_name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "负责人")), CellKind::Name, {QStringLiteral("负责人姓名")}, 10),
                           [](auto& r) -> auto& { return r.leaderName; })
           << textField<R>(column(QStringLiteral("leader_phone"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "负责人电话")), CellKind::Phone, {QStringLiteral("联系电话")}, 14),
                           [](auto& r) -> auto& { return r.leaderPhone; })
           << integerField<R>(column(QStringLiteral("members"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "成员数")), CellKind::Integer, {QStringLiteral("成员人数")}, 8),
                              [](auto& r) -> auto& { return r.members; })
           << dateField<R>(column(QStringLiteral("founded_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "成立日期")), CellKind::Date, {}),
                           [](auto& r) -> auto& { return r.foundedOn; })
           << choiceField<R>(column(QStringLiteral("status"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "状态")), CellKind::Choice, {QStringLiteral("活动状态")}, 10),
                             kCommunityOrgStatuses, [](auto& r) -> auto& { return r.status; });
    setFields(fields);
}

QString CommunityOrgExchange::title() const
{
    return QCoreApplication::translate("ExchangeColumns", "社区社会组织名册");
}

Result<void> CommunityOrgExchange::forEach(const ExportScope& scope, const std::function<bool(const CommunityOrg&)>& visit) const
{
    const QString under = scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode;
    auto orgs = m_repository.list(under);
    if (!orgs)
        return std::unexpected(orgs.error());
    for (const CommunityOrg& org : *orgs)
        if (!visit(org))
            break;
    return {};
}

Result<qint64> CommunityOrgExchange::count(const ExportScope& scope) const
{
    const QString under = scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode;
    auto orgs = m_repository.list(under);
    if (!orgs)
        return std::unexpected(orgs.error());
    return orgs->size();
}

Result<std::optional<CommunityOrg>> CommunityOrgExchange::findExisting(const ImportValues& values) const
{
    const QString code = values.value(QStringLiteral("org_code")).toString();
    if (code.isEmpty())
        return std::optional<CommunityOrg>{};
    auto orgs = m_repository.list(code);
    if (!orgs)
        return std::unexpected(orgs.error());
    const QString name = values.value(QStringLiteral("name")).toString();
    for (const CommunityOrg& org : *orgs)
        if (org.meta.orgCode == code && org.name == name)
            return std::optional<CommunityOrg>{org};
    return std::optional<CommunityOrg>{};
}

} // namespace wushe::exchange
