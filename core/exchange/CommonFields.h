#pragma once

#include "domain/Person.h"
#include "exchange/Field.h"
#include "exchange/UnitResolver.h"

#include <QCoreApplication>

namespace wushe::exchange {

inline QString fieldHeader(const char* text)
{
    return QCoreApplication::translate("ExchangeColumns", text);
}

inline const QStringList& idSynonyms()
{
    static const QStringList synonyms{QStringLiteral("身份证号码"), QStringLiteral("公民身份号码"), QStringLiteral("证件号码"),
                                      QStringLiteral("身份证"), QStringLiteral("身份证号"), QStringLiteral("证件号")};
    return synonyms;
}

inline const QStringList& phoneSynonyms()
{
    static const QStringList synonyms{QStringLiteral("电话"), QStringLiteral("联系方式"), QStringLiteral("手机"),
                                      QStringLiteral("手机号"), QStringLiteral("手机号码"), QStringLiteral("电话号码")};
    return synonyms;
}

// 姓名, 身份证号, 性别 and 出生日期 (from the ID: export only), 民族, 联系电话, 住址.
template <typename R, typename Access>
QList<Field<R>> personFields(Access person, bool withAddress = true)
{
    QList<Field<R>> fields{
        textField<R>(required(column(QStringLiteral("name"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "姓名")), CellKind::Name, {QStringLiteral("名字")}, 10)),
                     [person](auto& r) -> auto& { return person(r).name; }),
        textField<R>(required(column(QStringLiteral("id_number"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "身份证号")), CellKind::IdNumber, idSynonyms(), 21)),
                     [person](auto& r) -> auto& { return person(r).idNumber; }),
        readOnly<R>(column(QStringLiteral("sex"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "性别")), CellKind::Text, {}, 6),
                    [person](const R& r) { return kSexes.label(person(r).sex); }),
        readOnly<R>(column(QStringLiteral("birth_date"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "出生日期")), CellKind::Date, {QStringLiteral("出生年月")}, 12),
                    [person](const R& r) { return person(r).birthDate; }),
        textField<R>(column(QStringLiteral("ethnicity"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "民族")), CellKind::Text, {}, 8),
                     [person](auto& r) -> auto& { return person(r).ethnicity; }),
        textField<R>(column(QStringLiteral("phone"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "联系电话")), CellKind::Phone, phoneSynonyms(), 14),
                     [person](auto& r) -> auto& { return person(r).phone; }),
    };
    if (withAddress)
        fields.append(textField<R>(column(QStringLiteral("address"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "住址")), CellKind::Text,
                                          {QStringLiteral("家庭住址"), QStringLiteral("现住址"), QStringLiteral("居住地址")}, 24),
                                   [person](auto& r) -> auto& { return person(r).address; }));
    return fields;
}

// 乡镇（街道）, 村（社区） and 区划代码 of a division code field. `prefix` names the
// role's keys ("" → township, village, org_code); headers get `headerPrefix`.
template <typename R, typename Access>
QList<Field<R>> unitFields(const UnitResolver* units, Access code, const QString& prefix = {},
                           const QString& headerPrefix = {}, const QStringList& villageSynonyms = {})
{
    QStringList village = villageSynonyms;
    if (prefix.isEmpty())
        village << QStringLiteral("所属村（社区）") << QStringLiteral("村（居）") << QStringLiteral("所属村") << QStringLiteral("村")
                << QStringLiteral("社区") << QStringLiteral("村居") << QStringLiteral("所在村") << QStringLiteral("村社区")
                << QStringLiteral("村（居）委会");
    QStringList township;
    if (prefix.isEmpty())
        township << QStringLiteral("乡镇") << QStringLiteral("镇（街道）") << QStringLiteral("所属乡镇") << QStringLiteral("乡镇街道")
                 << QStringLiteral("街道") << QStringLiteral("镇办");
    return {
        {role(column(prefix + QStringLiteral("township"), headerPrefix + fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "乡镇（街道）")), CellKind::Township, township, 12),
              prefix),
         [units, code](const R& r) { return QVariant(units->townshipName(code(r))); },
         {}},
        {role(column(prefix + QStringLiteral("village"), headerPrefix + fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "村（社区）")), CellKind::UnitName, village, 14),
              prefix),
         [units, code](const R& r) { return QVariant(units->name(code(r))); },
         {}},
        {role(column(prefix + QStringLiteral("org_code"), headerPrefix + fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "区划代码")), CellKind::UnitCode,
                     prefix.isEmpty() ? QStringList{QStringLiteral("统计用区划代码"), QStringLiteral("村（社区）代码")} : QStringList{}, 14),
              prefix),
         [code](const R& r) { return QVariant(QString(code(r))); },
         [code](R& r, const QVariant& v) { code(r) = v.toString(); }},
    };
}

} // namespace wushe::exchange
