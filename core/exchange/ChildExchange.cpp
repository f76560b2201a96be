#include "exchange/ChildExchange.h"

namespace wushe::exchange {

ChildExchange::ChildExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : PersonLedgerExchange(std::move(db), std::move(context), Ledger::Child)
{
    const auto person = [](auto& r) -> auto& { return r.record.person; };
    QList<Field<Row>> fields = personFields<Row>(person);
    fields << unitFields<Row>(units, [](auto& r) -> auto& { return r.record.meta.orgCode; });
    const auto text = [&fields](const char* key, const char* header, CellKind kind, QStringList synonyms, double width,
                                QString ChildRecord::*member) {
        fields << textField<Row>(column(QString::fromLatin1(key), fieldHeader(header), kind, synonyms, width),
                                 [member](auto& r) -> auto& { return r.record.*member; });
    };
    fields << dateField<Row>(column(QStringLiteral("registered_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "登记日期")), CellKind::Date, {QStringLiteral("建档日期")}),
                             [](auto& r) -> auto& { return r.record.registeredOn; })
           << choicesField<Row>(required(column(QStringLiteral("categories"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "类别")), CellKind::Choices,
                                                {QStringLiteral("儿童类别"), QStringLiteral("人员类别")}, 20)),
                                kChildCategories, [](auto& r) -> auto& { return r.record.categories; })
           << choiceField<Row>(column(QStringLiteral("guardianship_type"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "监护类型")), CellKind::Choice, {QStringLiteral("监护情况")}, 16),
                               kGuardianshipTypes, [](auto& r) -> auto& { return r.record.guardianshipType; });
    text("guardian_name", QT_TRANSLATE_NOOP("ExchangeColumns", "监护人姓名"), CellKind::Name, {QStringLiteral("监护人"), QStringLiteral("委托监护人")}, 10, &ChildRecord::guardianName);
    text("guardian_relation", QT_TRANSLATE_NOOP("ExchangeColumns", "与儿童关系"), CellKind::Text, {QStringLiteral("监护人与儿童关系"), QStringLiteral("与被监护人关系")}, 10,
         &ChildRecord::guardianRelation);
    text("guardian_phone", QT_TRANSLATE_NOOP("ExchangeColumns", "监护人电话"), CellKind::Phone, {QStringLiteral("监护人联系电话")}, 14, &ChildRecord::guardianPhone);
    text("guardian_id_number", QT_TRANSLATE_NOOP("ExchangeColumns", "监护人身份证号"), CellKind::IdNumber, {QStringLiteral("监护人身份证号码"), QStringLiteral("监护人公民身份号码")}, 21,
         &ChildRecord::guardianIdNumber);
    text("father_name", QT_TRANSLATE_NOOP("ExchangeColumns", "父亲姓名"), CellKind::Name, {}, 10, &ChildRecord::fatherName);
    text("father_workplace", QT_TRANSLATE_NOOP("ExchangeColumns", "父亲务工地点"), CellKind::Text, {QStringLiteral("父亲务工地")}, 14, &ChildRecord::fatherWorkplace);
    text("father_phone", QT_TRANSLATE_NOOP("ExchangeColumns", "父亲电话"), CellKind::Phone, {QStringLiteral("父亲联系电话")}, 14, &ChildRecord::fatherPhone);
    text("mother_name", QT_TRANSLATE_NOOP("ExchangeColumns", "母亲姓名"), CellKind::Name, {}, 10, &ChildRecord::motherName);
    text("mother_workplace", QT_TRANSLATE_NOOP("ExchangeColumns", "母亲务工地点"), CellKind::Text, {QStringLiteral("母亲务工地")}, 14, &ChildRecord::motherWorkplace);
    text("mother_phone", QT_TRANSLATE_NOOP("ExchangeColumns", "母亲电话"), CellKind::Phone, {QStringLiteral("母亲联系电话")}, 14, &ChildRecord::motherPhone);
    fields << choiceField<Row>(column(QStringLiteral("schooling"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "就学情况")), CellKind::Choice, {QStringLiteral("就读情况")}),
                               kSchoolings, [](auto& r) -> auto& { return r.record.schooling; })
           << boolField<Row>(column(QStringLiteral("boarding"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "是否寄宿")), CellKind::Bool, {QStringLiteral("寄宿")}, 8),
                             [](auto& r) -> auto& { return r.record.boarding; })
           << choiceField<Row>(column(QStringLiteral("health"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "身体情况")), CellKind::Choice, {QStringLiteral("健康状况")}),
                               kChildHealths, [](auto& r) -> auto& { return r.record.health; });
    text("disability_note", QT_TRANSLATE_NOOP("ExchangeColumns", "残疾或患病情况"), CellKind::Text, {QStringLiteral("残疾类别及等级"), QStringLiteral("患病类型")}, 16,
         &ChildRecord::disabilityNote);
    fields << choicesField<Row>(column(QStringLiteral("income_sources"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "家庭经济来源")), CellKind::Choices, {}, 14),
                                kFamilyIncomes, [](auto& r) -> auto& { return r.record.incomeSources; })
           << choicesField<Row>(column(QStringLiteral("assistance"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "救助帮扶情况")), CellKind::Choices, {}, 14),
                                kAssistances, [](auto& r) -> auto& { return r.record.assistance; })
           << choiceField<Row>(column(QStringLiteral("risk_tier"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "风险等级")), CellKind::Choice, {QStringLiteral("风险级别")}, 10),
                               kRiskTiers, [](auto& r) -> auto& { return r.record.riskTier; });
    text("note", QT_TRANSLATE_NOOP("ExchangeColumns", "备注"), CellKind::Text, {}, 20, &ChildRecord::note);
    fields << visitFields(QT_TRANSLATE_NOOP("ExchangeColumns", "上次探访"), QT_TRANSLATE_NOOP("ExchangeColumns", "下次应访"));
    setFields(fields);
}

} // namespace wushe::exchange
