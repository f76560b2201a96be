#include "exchange/ValueNormalizer.h"

#include "domain/Money.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace wushe::exchange {

namespace {

Error invalid(const QString& message)
{
    return Error{QStringLiteral("exchange.value"), message};
}

bool isSpace(QChar ch)
{
    return ch.isSpace() || ch == QChar(0x3000) || ch == QChar(0x00A0) || ch == QChar(0x200B) || ch == QChar(0xFEFF);
}

// matchKey() of the few labels options have, computed once per thread: an import
// compares every Choice cell with each option of its column.
const QString& labelKey(const QString& label)
{
    thread_local QHash<QString, QString> keys;
    auto it = keys.constFind(label);
    if (it == keys.cend())
        it = keys.insert(label, ValueNormalizer::matchKey(label));
    return *it;
}

std::optional<quint32> matchOption(const QString& text, const ExchangeColumn& column)
{
    const QString key = ValueNormalizer::matchKey(text);
    for (const ExchangeOption& option : column.options) // labels as exported: no need to fold them
        if (key == option.label || key == option.source)
            return option.value;
    for (const ExchangeOption& option : column.options)
        if (key == labelKey(option.label) || key == labelKey(option.source))
            return option.value;
    return std::nullopt;
}

QDate excelSerial(double serial)
{
    // Serial 1 = 1900-01-01 but Excel counts a 1900-02-29 that never was: from
    // serial 61 on, day 0 is 1899-12-30 (earlier dates are irrelevant for us).
    return QDate(1899, 12, 30).addDays(qint64(std::floor(serial)));
}

} // namespace

QString ValueNormalizer::clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar ch : text) {
        if (isSpace(ch)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += ch;
    }
    return out;
}

QString ValueNormalizer::folded(const QString& text)
{
    return clean(clean(text).normalized(QString::NormalizationForm_KC));
}

QString ValueNormalizer::matchKey(const QString& text)
{
    QString key = folded(text).toLower();
    key.remove(u' ');
    return key;
}

Result<QDate> ValueNormalizer::parseDate(const InCell& cell)
{
    const QString text = folded(cell.text);
    bool isNumber = false;
    const double value = text.toDouble(&isNumber);
    if (isNumber && !text.contains(u'-') && !text.contains(u'/')) {
        // 1950.03 typed into a cell Excel keeps as the number 1950.03: year.month.
        static const QRegularExpression yearMonth(QStringLiteral("^(\\d{4})\\.(\\d{1,2})$"));
        if (const auto match = yearMonth.match(text); match.hasMatch() && value >= 1900 && value < 2100) {
            const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
            if (date.isValid())
                return date;
        }
        static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$")); // 19500301
        if (const auto match = compact.match(text); match.hasMatch()) {
            const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
            if (date.isValid())
                return date;
        }
        if (value >= 61 && value < 100000 && !(value >= 1900 && value < 2100 && text.size() == 4))
            return excelSerial(value);
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "无法识别的日期“%1”").arg(cell.text)));
    }
    // 1950-03-01, 1950/3/1, 1950.3.1, 1950年3月1日, with an optional time after it.
    static const QRegularExpression full(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$"));
    if (const auto match = full.match(text); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        if (date.isValid())
            return date;
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "日期不存在：“%1”").arg(cell.text)));
    }
    // 1950.03, 1950-3, 1950/03, 1950年3月: the first of the month.
    static const QRegularExpression month(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    if (const auto match = month.match(text); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), 1);
        if (date.isValid())
            return date;
    }
    return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "无法识别的日期“%1”").arg(cell.text)));
}

Result<QString> ValueNormalizer::parseIdNumber(const InCell& cell) const
{
    QString text = folded(cell.text);
    text.remove(u' ');
    text.remove(u'\'');
    if (text.contains(u'*'))
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "身份证号已脱敏（%1），无法导入：请用完整号码").arg(text)));
    static const QRegularExpression scientific(QStringLiteral("^\\d+(\\.\\d+)?[eE]\\+?\\d+$"));
    if (scientific.match(text).hasMatch())
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "身份证号被 Excel 转成了数字“%1”，后几位已丢失：请把该列设为文本后重新录入").arg(cell.text)));
    static const QRegularExpression digits18(QStringLiteral("^\\d{18}$"));
    const bool eighteenDigits = digits18.match(text).hasMatch();
    // Excel keeps 15 significant digits: an 18-digit number cell has lost its last three.
    if (cell.number && eighteenDigits)
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "身份证号被 Excel 当作数字保存，末几位被舍入成 0（%1）：请把该列设为文本后重新录入").arg(text)));
    if (cell.number && text.contains(u'.'))
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "身份证号被 Excel 转成了数字“%1”，后几位已丢失：请把该列设为文本后重新录入").arg(cell.text)));
    auto id = rules::IdNumber::parse(text, m_today);
    if (!id) {
        if (eighteenDigits && text.endsWith(QStringLiteral("000"))
            && rules::IdNumber::checkDigit(QStringView(text).left(17)) != text.back())
            return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "身份证号末几位是 0 且校验码不符（%1），可能被 Excel 舍入过：请核对原始号码").arg(text)));
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "身份证号无效（%1）：%2").arg(text, id.error().message)));
    }
    return id->text();
}

Result<QVariant> ValueNormalizer::normalize(const InCell& cell, const ExchangeColumn& column) const
{
    const QString cleaned = clean(cell.text);
    if (cleaned.isEmpty())
        return QVariant();
    switch (column.kind) {
    case CellKind::Text: return QVariant(cleaned);
    case CellKind::Name: {
        QString name = cleaned;
        name.remove(u' ');
        return QVariant(name);
    }
    case CellKind::IdNumber: {
        auto id = parseIdNumber(cell);
        if (!id)
            return std::unexpected(id.error());
        return QVariant(*id);
    }
    case CellKind::Phone: {
        QString text = folded(cleaned);
        if (cell.number && !text.contains(u'e', Qt::CaseInsensitive))
            text = text.section(u'.', 0, 0); // 13912345678 stored as a number
        auto phone = rules::checkPhoneNumber(text);
        if (!phone)
            return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "电话号码无效（%1）：%2").arg(cell.text, phone.error().message)));
        return QVariant(*phone);
    }
    case CellKind::Date: {
        auto date = parseDate(cell);
        if (!date)
            return std::unexpected(date.error());
        return QVariant(*date);
    }
    case CellKind::Money: {
        QString text = folded(cleaned);
        text.remove(u'元');
        text.remove(u'¥');
        text.remove(u',');
        text.remove(u' ');
        if (text.contains(u'e', Qt::CaseInsensitive)) {
            bool ok = false;
            const double value = text.toDouble(&ok);
            if (ok)
                text = QString::number(value, 'f', 2);
        }
        auto fen = parseYuan(text);
        if (!fen)
            return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "金额无效（%1）：%2").arg(cell.text, fen.error().message)));
        return QVariant(*fen);
    }
    case CellKind::Integer: {
        QString text = folded(cleaned);
        text.remove(u',');
        bool ok = false;
        qint64 value = text.toLongLong(&ok);
        if (!ok) {
            const double number = text.toDouble(&ok);
            if (ok && number == std::floor(number) && std::abs(number) < 1e15)
                value = qint64(number);
            else
                ok = false;
        }
        if (!ok)
            return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "应为整数：“%1”").arg(cell.text)));
        return QVariant(value);
    }
    case CellKind::Bool: {
        const QString key = matchKey(cleaned);
        static const QStringList yes{QStringLiteral("是"), QStringLiteral("√"), QStringLiteral("y"), QStringLiteral("yes"),
                                     QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("有")};
        static const QStringList no{QStringLiteral("否"), QStringLiteral("×"), QStringLiteral("n"), QStringLiteral("no"),
                                    QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("无")};
        if (yes.contains(key))
            return QVariant(true);
        if (no.contains(key))
            return QVariant(false);
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "应为“是”或“否”：“%1”").arg(cell.text)));
    }
    case CellKind::Choice: {
        if (const auto value = matchOption(cleaned, column))
            return QVariant(*value);
        QStringList labels;
        for (const ExchangeOption& option : column.options)
            labels << option.label;
        return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "“%1”不是可选的值（%2）").arg(cleaned, labels.join(u'、'))));
    }
    case CellKind::Choices: {
        static const QRegularExpression separators(QStringLiteral("[、,，;；/|+\\s]+"));
        quint32 bits = 0;
        for (const QString& part : folded(cleaned).split(separators, Qt::SkipEmptyParts)) {
            const auto value = matchOption(part, column);
            if (!value)
                return std::unexpected(invalid(QCoreApplication::translate("ValueNormalizer", "“%1”不是可选的类别").arg(part)));
            bits |= *value;
        }
        return QVariant(bits);
    }
    case CellKind::UnitCode:
    case CellKind::UnitName:
    case CellKind::Township: {
        QString text = folded(cleaned);
        text.remove(u' ');
        return QVariant(text);
    }
    }
    return QVariant(cleaned);
}

} // namespace wushe::exchange
