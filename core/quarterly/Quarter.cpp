#include "quarterly/Quarter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wushe::quarterly {

Result<Quarter> Quarter::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})Q([1-4])$"));
    const auto match = pattern.match(text.trimmed().toUpper());
    if (!match.hasMatch())
        return fail(QStringLiteral("quarter.format"),
                    QCoreApplication::translate("Quarter", "季度应写作“2024Q1”：%1").arg(text));
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

Quarter Quarter::containing(QDate day)
{
    return Quarter{day.year(), (day.month() - 1) / 3 + 1};
}

QString Quarter::key() const
{
    return QStringLiteral("%1Q%2").arg(year).arg(number);
}

QString Quarter::label() const
{
    return QCoreApplication::translate("Quarter", "%1年第%2季度").arg(year).arg(number);
}

} // namespace wushe::quarterly
