#include "exchange/ElderlyExchange.h"

namespace wushe::exchange {

ElderlyExchange::ElderlyExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : PersonLedgerExchange(std::move(db), std::move(context), Ledger::Elderly)
{
    const auto person = [](auto& r) -> auto& { return r.record.person; };
    QList<Field<Row>> fields = personFields<Row>(person);
    fields << unitFields<Row>(units, [](auto& r) -> auto& { return r.record.meta.orgCode; });
    fields << dateField<Row>(column(QStringLiteral("registered_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "登记日期")), CellKind::Date, {QStringLiteral("建档日期")}),
                             [](auto& r) -> auto& { return r.record.registeredOn; })
           << choicesField<Row>(required(column(QStringLiteral("categories"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "类别")), CellKind::Choices,
                                                {QStringLiteral("老人类别"), QStringLiteral("人员类别"), QStringLiteral("老年人类别")}, 16)),
                                kElderlyCategories, [](auto& r) -> auto& { return r.record.categories; })
           << choicesField<Row>(column(QStringLiteral("economic_sources"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "经济来源")), CellKind::Choices, {QStringLiteral("主要经济来源")}, 14),
                                kEconomicSources, [](auto& r) -> auto& { return r.record.economicSources; })
           << choiceField<Row>(column(QStringLiteral("family_structure"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "家庭结构")), CellKind::Choice, {QStringLiteral("居住情况")}),
                               kFamilyStructures, [](auto& r) -> auto& { return r.record.familyStructure; })
           << choiceField<Row>(column(QStringLiteral("health_status"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "健康状况")), CellKind::Choice, {QStringLiteral("身体状况")}),
                               kHealthStatuses, [](auto& r) -> auto& { return r.record.healthStatus; })
           << choiceField<Row>(column(QStringLiteral("care_situation"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "照料情况")), CellKind::Choice),
                               kCareSituations, [](auto& r) -> auto& { return r.record.careSituation; })
           << textField<Row>(column(QStringLiteral("supporter_name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "赡养人")), CellKind::Name, {QStringLiteral("赡养人姓名")}, 10),
                             [](auto& r) -> auto& { return r.record.supporterName; })
           << textField<Row>(column(QStringLiteral("supporter_phone"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "赡养人电话")), CellKind::Phone, {}, 14),
                             [](auto& r) -> auto& { return r.record.supporterPhone; })
           << textField<Row>(column(QStringLiteral("supporter_workplace"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "赡养人务工地")), CellKind::Text, {}, 14),
                             [](auto& r) -> auto& { return r.record.supporterWorkplace; })
           << textField<Row>(column(QStringLiteral("helper_name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "结对帮扶人")), CellKind::Name, {QStringLiteral("帮扶人")}, 10),
                             [](auto& r) -> auto& { return r.record.helperName; })
           << choiceField<Row>(column(QStringLiteral("risk_tier"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "风险等级")), CellKind::Choice, {QStringLiteral("风险级别")}, 10),
                               kRiskTiers, [](auto& r) -> auto& { return r.record.riskTier; })
           << textField<Row>(column(QStringLiteral("note"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "备注")), CellKind::Text, {}, 20),
                             [](auto& r) -> auto& { return r.record.note; });
    fields << visitFields(QT_TRANSLATE_NOOP("ExchangeColumns", "上次探访"), QT_TRANSLATE_NOOP("ExchangeColumns", "下次应访"));
    setFields(fields);
}

} // namespace wushe::exchange
