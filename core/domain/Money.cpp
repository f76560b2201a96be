#include "domain/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wushe {

Result<qint64> parseYuan(const QString& text)
{
    QString cleaned = text.trimmed();
    cleaned.remove(u',').remove(u'，').remove(u' ');
    cleaned.remove(u'元').remove(u'¥').remove(u'￥');
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(cleaned);
    if (!match.hasMatch())
        return fail(QStringLiteral("money.format"),
                    QCoreApplication::translate("Money", "金额“%1”格式不对：应为元，最多两位小数，例如 650 或 650.50").arg(text));
    const qint64 yuan = match.captured(2).toLongLong();
    const QString cents = match.captured(3).leftJustified(2, u'0');
    const qint64 fen = yuan * 100 + cents.toLongLong();
    return match.captured(1).isEmpty() ? fen : -fen;
}

QString formatYuan(qint64 fen)
{
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace wushe
