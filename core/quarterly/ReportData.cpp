#include "quarterly/ReportData.h"

#include "domain/Money.h"

#include <QCoreApplication>

#include <cmath>

namespace wushe::quarterly {

QString sectionLabel(Section section)
{
    switch (section) {
    case Section::System: return QCoreApplication::translate("QuarterlyReport", "一、四级服务体系建设");
    case Section::Training: return QCoreApplication::translate("QuarterlyReport", "二、三级培训");
    case Section::Services: return QCoreApplication::translate("QuarterlyReport", "三、社工站服务开展");
    case Section::Organizations: return QCoreApplication::translate("QuarterlyReport", "四、社区社会组织");
    case Section::Volunteers: return QCoreApplication::translate("QuarterlyReport", "五、志愿服务");
    case Section::Charity: return QCoreApplication::translate("QuarterlyReport", "六、社会慈善资源");
    case Section::Ledgers: return QCoreApplication::translate("QuarterlyReport", "七、台账与探访");
    case Section::Purchased: return QCoreApplication::translate("QuarterlyReport", "八、政府购买服务");
    }
    return {};
}

QString sectionKey(Section section)
{
    switch (section) {
    case Section::System: return QStringLiteral("system");
    case Section::Training: return QStringLiteral("training");
    case Section::Services: return QStringLiteral("services");
    case Section::Organizations: return QStringLiteral("orgs");
    case Section::Volunteers: return QStringLiteral("volunteers");
    case Section::Charity: return QStringLiteral("charity");
    case Section::Ledgers: return QStringLiteral("ledgers");
    case Section::Purchased: return QStringLiteral("purchased");
    }
    return {};
}

const Figure* ReportData::find(const QString& key) const
{
    for (const Figure& figure : figures)
        if (figure.key == key)
            return &figure;
    return nullptr;
}

Figure* ReportData::find(const QString& key)
{
    for (Figure& figure : figures)
        if (figure.key == key)
            return &figure;
    return nullptr;
}

QString changeText(qint64 thisQuarter, qint64 lastQuarter)
{
    if (lastQuarter == 0)
        return QStringLiteral("—");
    // Tenths of a percent, rounded half away from zero.
    const qint64 scaled = std::llround(double(thisQuarter - lastQuarter) * 1000.0 / double(lastQuarter));
    const QString sign = scaled > 0 ? QStringLiteral("+") : (scaled < 0 ? QStringLiteral("-") : QString());
    const qint64 magnitude = qAbs(scaled);
    return QStringLiteral("%1%2.%3%").arg(sign).arg(magnitude / 10).arg(magnitude % 10);
}

QString formatValue(ValueKind kind, qint64 value)
{
    switch (kind) {
    case ValueKind::Count: return QString::number(value);
    case ValueKind::Money: return formatYuan(value);
    case ValueKind::Minutes: {
        const qint64 tenths = (value * 10 + 30) / 60; // hours to one decimal, rounded
        return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
    }
    case ValueKind::Ratio: {
        const QString sign = value < 0 ? QStringLiteral("-") : QString();
        const qint64 magnitude = qAbs(value);
        return QStringLiteral("%1%2.%3%").arg(sign).arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    }
    return {};
}

} // namespace wushe::quarterly
