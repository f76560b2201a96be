#include "exchange/ActivityExchange.h"

#include "exchange/CommonFields.h"

namespace wushe::exchange {

ActivityExchange::ActivityExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units)
    : m_db(db), m_units(units), m_repository(std::move(db), std::move(context))
{
    using R = ServiceActivity;
    QList<Field<R>> fields{
        textField<R>(required(column(QStringLiteral("title"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "活动名称")), CellKind::Text, {QStringLiteral("活动主题"), QStringLiteral("名称")}, 28)),
                     [](auto& r) -> auto& { return r.title; }),
        dateField<R>(required(column(QStringLiteral("held_on"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "活动日期")), CellKind::Date, {QStringLiteral("日期"), QStringLiteral("开展日期")})),
                     [](auto& r) -> auto& { return r.heldOn; }),
    };
    fields << unitFields<R>(units, [](auto& r) -> auto& { return r.meta.orgCode; }, QString(), QString(),
                            {QStringLiteral("活动地点"), QStringLiteral("开展地点")});
    fields << choiceField<R>(column(QStringLiteral("domain"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "服务领域")), CellKind::Choice, {QStringLiteral("领域")}, 12),
                             kServiceDomains, [](auto& r) -> auto& { return r.domain; })
           << choiceField<R>(column(QStringLiteral("kind"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "活动类型")), CellKind::Choice, {QStringLiteral("类型")}, 12),
                             kActivityKinds, [](auto& r) -> auto& { return r.kind; })
           << choicesField<R>(column(QStringLiteral("societies"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "参与主体")), CellKind::Choices, {QStringLiteral("五社参与")}, 24),
                              kSocieties, [](auto& r) -> auto& { return r.societies; })
           << Field<R>{column(QStringLiteral("station"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "开展站点")), CellKind::Text, {QStringLiteral("站点"), QStringLiteral("所属站点")}, 22),
                       [this](const R& r) { return QVariant(m_stations ? m_stations->name(r.serviceUnitId) : QString()); },
                       [this](R& r, const QVariant& v) {
                           auto id = m_stations->idOf(v.toString(), QCoreApplication::translate("ExchangeColumns", "站点"), r.meta.orgCode);
                           r.serviceUnitId = id ? *id : QString();
                       }}
           << integerField<R>(column(QStringLiteral("people_served"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "服务人数")), CellKind::Integer, {QStringLiteral("服务人次")}, 8),
                              [](auto& r) -> auto& { return r.peopleServed; })
           << integerField<R>(column(QStringLiteral("volunteer_minutes"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "志愿服务时长（分钟）")), CellKind::Integer, {}, 10),
                              [](auto& r) -> auto& { return r.volunteerMinutes; })
           << integerField<R>(column(QStringLiteral("money"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "使用资金（元）")), CellKind::Money, {QStringLiteral("资金")}, 12),
                              [](auto& r) -> auto& { return r.moneyFen; })
           << textField<R>(column(QStringLiteral("summary"), fieldHeader(QT_TRANSLATE_NOOP("ExchangeColumns", "活动简介")), CellKind::Text, {QStringLiteral("活动内容"), QStringLiteral("简介")}, 30),
                           [](auto& r) -> auto& { return r.summary; });
    setFields(fields);
}

QString ActivityExchange::title() const
{
    return QCoreApplication::translate("ExchangeColumns", "服务活动记录");
}

Result<void> ActivityExchange::loadStations() const
{
    return NameIndex::loadOnce(m_stations, m_db, NameIndex::stationsSql());
}

Result<void> ActivityExchange::forEach(const ExportScope& scope, const std::function<bool(const ServiceActivity&)>& visit) const
{
    if (auto ok = loadStations(); !ok)
        return ok;
    auto activities = m_repository.list(scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode,
                                             QDate(1900, 1, 1), QDate(9999, 12, 31));
    if (!activities)
        return std::unexpected(activities.error());
    // By date, then what the row says: activities of one day, place and title come
    // out in the order findExisting() pairs them.
    QList<ServiceActivity> sorted = *activities;
    sortByContent(sorted);
    for (const ServiceActivity& activity : sorted)
        if (!visit(activity))
            break;
    return {};
}

Result<qint64> ActivityExchange::count(const ExportScope& scope) const
{
    auto activities = m_repository.list(scope.filter.underCode.isEmpty() ? m_units->rootCode() : scope.filter.underCode,
                                             QDate(1900, 1, 1), QDate(9999, 12, 31));
    if (!activities)
        return std::unexpected(activities.error());
    return activities->size();
}

Result<std::optional<ServiceActivity>> ActivityExchange::findExisting(const ImportValues& values) const
{
    const QString code = values.value(QStringLiteral("org_code")).toString();
    const QDate day = values.value(QStringLiteral("held_on")).toDate();
    if (code.isEmpty() || !day.isValid())
        return std::optional<ServiceActivity>{};
    auto activities = m_repository.list(code, day, day);
    if (!activities)
        return std::unexpected(activities.error());
    // The n-th stored activity of this date, place and title for the file's n-th row
    // of them, both in content order (as exported): re-importing a file pairs each
    // row with the record it came from.
    const QString title = values.value(QStringLiteral("title")).toString();
    QList<ServiceActivity> same;
    for (const ServiceActivity& activity : *activities)
        if (activity.meta.orgCode == code && activity.title == title)
            same.append(activity);
    sortByContent(same);
    const int occurrence = values.value(kOccurrence).toInt();
    if (occurrence < same.size())
        return std::optional<ServiceActivity>{same.at(occurrence)};
    return std::optional<ServiceActivity>{};
}

Result<ApplyOutcome> ActivityExchange::apply(const QList<ImportValues>& group)
{
    if (auto ok = loadStations(); !ok)
        return std::unexpected(ok.error());
    if (auto id = m_stations->idOf(group.first().value(QStringLiteral("station")).toString(),
                                   QCoreApplication::translate("ExchangeColumns", "站点"),
                                   group.first().value(QStringLiteral("org_code")).toString());
        !id)
        return std::unexpected(id.error());
    return RecordExchange::apply(group);
}

void ActivityExchange::sortByContent(QList<ServiceActivity>& activities) const
{
    const auto text = [this](const ServiceActivity& activity) {
        QStringList parts;
        for (const QVariant& value : values(activity))
            parts << (value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
        return parts.join(u'\x1f');
    };
    QList<std::pair<QString, ServiceActivity>> keyed;
    keyed.reserve(activities.size());
    for (const ServiceActivity& activity : activities)
        keyed.append({activity.heldOn.toString(Qt::ISODate) + u'\x1e' + text(activity), activity});
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        activities[i] = std::move(keyed[i].second);
}

} // namespace wushe::exchange
