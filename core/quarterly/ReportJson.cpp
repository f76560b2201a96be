#include "quarterly/ReportJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace wushe::quarterly::ReportJson {

namespace {

QString kindKey(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Count: return QStringLiteral("count");
    case ValueKind::Money: return QStringLiteral("money_fen");
    case ValueKind::Minutes: return QStringLiteral("minutes");
    case ValueKind::Ratio: return QStringLiteral("ratio_bp");
    }
    return {};
}

std::optional<ValueKind> kindOf(const QString& key)
{
    for (ValueKind kind : {ValueKind::Count, ValueKind::Money, ValueKind::Minutes, ValueKind::Ratio})
        if (kindKey(kind) == key)
            return kind;
    return std::nullopt;
}

// Integers travel as JSON numbers: doubles hold every integer below 2^53 exactly,
// far above any fen amount a county reports.
qint64 integer(const QJsonValue& value)
{
    return qint64(value.toDouble());
}

} // namespace

QJsonObject toJson(const SubmittedReport& report)
{
    const ReportData& data = report.data;
    QJsonArray figures;
    for (const Figure& figure : data.figures) {
        QJsonObject byUnit;
        for (auto it = figure.byUnit.cbegin(); it != figure.byUnit.cend(); ++it)
            byUnit.insert(it.key(), double(it.value()));
        QJsonObject object{{QStringLiteral("key"), figure.key},
                           {QStringLiteral("label"), figure.label},
                           {QStringLiteral("section"), int(figure.section)},
                           {QStringLiteral("kind"), kindKey(figure.kind)},
                           {QStringLiteral("this"), double(figure.thisQuarter)},
                           {QStringLiteral("last"), double(figure.lastQuarter)},
                           {QStringLiteral("by_unit"), byUnit}};
        if (!figure.numerator.isEmpty()) {
            object.insert(QStringLiteral("numerator"), figure.numerator);
            object.insert(QStringLiteral("denominator"), figure.denominator);
        }
        figures.append(object);
    }
    QJsonArray flags;
    for (const Flag& flag : data.flags)
        flags.append(QJsonObject{{QStringLiteral("key"), flag.key},
                                 {QStringLiteral("unit"), flag.unitCode},
                                 {QStringLiteral("unit_name"), flag.unitName},
                                 {QStringLiteral("message"), flag.message}});
    QJsonArray units;
    for (const auto& [code, name] : data.breakdownUnits)
        units.append(QJsonArray{code, name});
    const ReportText& text = report.text;
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("wushe-quarterly-report")},
        {QStringLiteral("format_version"), 1},
        {QStringLiteral("unit"), data.unitCode},
        {QStringLiteral("unit_name"), data.unitName},
        {QStringLiteral("quarter"), data.quarter.key()},
        {QStringLiteral("revision"), report.revision},
        {QStringLiteral("submitted_at"), report.submittedAt},
        {QStringLiteral("figures"), figures},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("breakdown_units"), units},
        {QStringLiteral("header"),
         QJsonObject{{QStringLiteral("reporting_unit"), text.reportingUnit},
                     {QStringLiteral("unit_head"), text.unitHead},
                     {QStringLiteral("reviewer"), text.reviewer},
                     {QStringLiteral("preparer"), text.preparer},
                     {QStringLiteral("phone"), text.phone},
                     {QStringLiteral("report_date"), text.reportDate.toString(Qt::ISODate)}}},
        {QStringLiteral("sections"),
         QJsonObject{{QStringLiteral("practices"), text.practices},
                     {QStringLiteral("cases"), text.cases},
                     {QStringLiteral("problems"), text.problems},
                     {QStringLiteral("next_plan"), text.nextPlan}}}};
}

Result<SubmittedReport> fromJson(const QJsonObject& object)
{
    const auto bad = [](const QString& what) {
        return fail(QStringLiteral("package.format"),
                    QCoreApplication::translate("ReportJson", "报告数据格式不对：%1").arg(what));
    };
    if (object.value(QStringLiteral("format")).toString() != u"wushe-quarterly-report")
        return bad(QStringLiteral("format"));
    if (object.value(QStringLiteral("format_version")).toInt() != 1)
        return bad(QStringLiteral("format_version"));
    SubmittedReport report;
    ReportData& data = report.data;
    data.unitCode = object.value(QStringLiteral("unit")).toString();
    data.unitName = object.value(QStringLiteral("unit_name")).toString();
    auto quarter = Quarter::parse(object.value(QStringLiteral("quarter")).toString());
    if (!quarter)
        return bad(QStringLiteral("quarter"));
    data.quarter = *quarter;
    report.revision = object.value(QStringLiteral("revision")).toInt();
    if (report.revision < 1)
        return bad(QStringLiteral("revision"));
    report.submittedAt = object.value(QStringLiteral("submitted_at")).toString();
    for (const QJsonValue& value : object.value(QStringLiteral("figures")).toArray()) {
        const QJsonObject f = value.toObject();
        Figure figure;
        figure.key = f.value(QStringLiteral("key")).toString();
        figure.label = f.value(QStringLiteral("label")).toString();
        const int section = f.value(QStringLiteral("section")).toInt();
        const auto kind = kindOf(f.value(QStringLiteral("kind")).toString());
        if (figure.key.isEmpty() || section < 1 || section > 8 || !kind)
            return bad(QStringLiteral("figures"));
        figure.section = Section(section);
        figure.kind = *kind;
        figure.thisQuarter = integer(f.value(QStringLiteral("this")));
        figure.lastQuarter = integer(f.value(QStringLiteral("last")));
        const QJsonObject byUnit = f.value(QStringLiteral("by_unit")).toObject();
        for (auto it = byUnit.begin(); it != byUnit.end(); ++it)
            figure.byUnit.insert(it.key(), integer(it.value()));
        figure.numerator = f.value(QStringLiteral("numerator")).toString();
        figure.denominator = f.value(QStringLiteral("denominator")).toString();
        data.figures << figure;
    }
    for (const QJsonValue& value : object.value(QStringLiteral("flags")).toArray()) {
        const QJsonObject f = value.toObject();
        data.flags << Flag{f.value(QStringLiteral("key")).toString(), f.value(QStringLiteral("unit")).toString(),
                           f.value(QStringLiteral("unit_name")).toString(), f.value(QStringLiteral("message")).toString()};
    }
    for (const QJsonValue& value : object.value(QStringLiteral("breakdown_units")).toArray()) {
        const QJsonArray pair = value.toArray();
        data.breakdownUnits.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    const QJsonObject header = object.value(QStringLiteral("header")).toObject();
    const QJsonObject sections = object.value(QStringLiteral("sections")).toObject();
    ReportText& text = report.text;
    text.reportingUnit = header.value(QStringLiteral("reporting_unit")).toString();
    text.unitHead = header.value(QStringLiteral("unit_head")).toString();
    text.reviewer = header.value(QStringLiteral("reviewer")).toString();
    text.preparer = header.value(QStringLiteral("preparer")).toString();
    text.phone = header.value(QStringLiteral("phone")).toString();
    text.reportDate = QDate::fromString(header.value(QStringLiteral("report_date")).toString(), Qt::ISODate);
    text.practices = sections.value(QStringLiteral("practices")).toString();
    text.cases = sections.value(QStringLiteral("cases")).toString();
    text.problems = sections.value(QStringLiteral("problems")).toString();
    text.nextPlan = sections.value(QStringLiteral("next_plan")).toString();
    return report;
}

QByteArray canonical(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString digest(const QJsonObject& object)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(object), QCryptographicHash::Sha256).toHex());
}

} // namespace wushe::quarterly::ReportJson
