#include "quarterly/ReportStore.h"
#include "TextJoin.h"

#include "storage/RecordColumns.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::quarterly {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportStore", text);
}

const QString kColumns = QStringLiteral("quarter, revision, status, source, reporting_unit, unit_head, reviewer, preparer, phone, "
                                        "report_date, practices, cases, problems, next_plan, reviewed_at, submitted_at, "
                                        "content, digest, received_at");

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

StoredReport readRow(const QSqlQuery& q)
{
    StoredReport r;
    r.meta = storage::RecordColumns::read(q, 0);
    r.quarter = Quarter::parse(q.value(7).toString()).value_or(Quarter{});
    r.revision = q.value(8).toInt();
    r.status = kReportStatuses.fromKey(q.value(9).toString()).value_or(ReportStatus::Draft);
    r.imported = q.value(10).toString() == u"imported";
    r.text.reportingUnit = q.value(11).toString();
    r.text.unitHead = q.value(12).toString();
    r.text.reviewer = q.value(13).toString();
    r.text.preparer = q.value(14).toString();
    r.text.phone = q.value(15).toString();
    r.text.reportDate = QDate::fromString(q.value(16).toString(), Qt::ISODate);
    r.text.practices = q.value(17).toString();
    r.text.cases = q.value(18).toString();
    r.text.problems = q.value(19).toString();
    r.text.nextPlan = q.value(20).toString();
    r.reviewedAt = q.value(21).toString();
    r.submittedAt = q.value(22).toString();
    r.content = q.value(23).toString().toUtf8();
    r.digest = q.value(24).toString();
    r.receivedAt = q.value(25).toString();
    return r;
}

QVariantMap textBinds(const ReportText& text)
{
    return {{QStringLiteral(":reporting_unit"), text.reportingUnit}, {QStringLiteral(":unit_head"), text.unitHead},
            {QStringLiteral(":reviewer"), text.reviewer},           {QStringLiteral(":preparer"), text.preparer},
            {QStringLiteral(":phone"), text.phone},                 {QStringLiteral(":report_date"), dateOrNull(text.reportDate)},
            {QStringLiteral(":practices"), text.practices},         {QStringLiteral(":cases"), text.cases},
            {QStringLiteral(":problems"), text.problems},           {QStringLiteral(":next_plan"), text.nextPlan}};
}

const QString kTextColumns = QStringLiteral("reporting_unit, unit_head, reviewer, preparer, phone, report_date, practices, "
                                            "cases, problems, next_plan");

} // namespace

QString ScheduleRow::stateLabel(State state)
{
    switch (state) {
    case State::Open: return tr("未到报送期");
    case State::Due: return tr("待报送");
    case State::Late: return tr("逾期未报");
    case State::OnTime: return tr("按时报送");
    case State::SubmittedLate: return tr("逾期报送");
    }
    return {};
}

Result<QList<StoredReport>> ReportStore::revisions(const QString& unitCode, const Quarter& quarter) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(query, QStringLiteral("SELECT %1, %2 FROM quarterly_report WHERE deleted = 0 "
                                                         "AND org_code = :unit AND quarter = :quarter ORDER BY revision")
                                              .arg(storage::RecordColumns::names(), kColumns));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":unit"), unitCode);
    query.bindValue(QStringLiteral(":quarter"), quarter.key());
    if (auto ok = storage::exec(query, QStringLiteral("select quarterly_report")); !ok)
        return std::unexpected(ok.error());
    QList<StoredReport> rows;
    while (query.next())
        rows << readRow(query);
    return rows;
}

Result<std::optional<StoredReport>> ReportStore::latest(const QString& unitCode, const Quarter& quarter) const
{
    auto rows = revisions(unitCode, quarter);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredReport>();
    return std::optional<StoredReport>(rows->last());
}

Result<void> ReportStore::insert(StoredReport& report)
{
    storage::RecordColumns::stampNew(report.meta, m_context);
    QVariantMap binds = textBinds(report.text);
    binds.insert(QStringLiteral(":quarter"), report.quarter.key());
    binds.insert(QStringLiteral(":revision"), report.revision);
    binds.insert(QStringLiteral(":status"), kReportStatuses.key(report.status));
    binds.insert(QStringLiteral(":source"), report.imported ? QStringLiteral("imported") : QStringLiteral("local"));
    binds.insert(QStringLiteral(":reviewed_at"), textOrNull(report.reviewedAt));
    binds.insert(QStringLiteral(":submitted_at"), textOrNull(report.submittedAt));
    binds.insert(QStringLiteral(":content"), report.content.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                       : QVariant(QString::fromUtf8(report.content)));
    binds.insert(QStringLiteral(":digest"), report.digest);
    binds.insert(QStringLiteral(":received_at"), textOrNull(report.receivedAt));
    return storage::RecordColumns::insert(m_db, QStringLiteral("quarterly_report"), kColumns, report.meta, binds);
}

Result<StoredReport> ReportStore::openDraft(const QString& unitCode, const Quarter& quarter, const ReportText& defaults)
{
    auto current = latest(unitCode, quarter);
    if (!current)
        return std::unexpected(current.error());
    if (*current) {
        if ((*current)->status == ReportStatus::Submitted)
            return fail(QStringLiteral("report.submitted"),
                        tr("%1的报告已报送（第%2版），如需更正请新建修订版").arg(quarter.label()).arg((*current)->revision));
        return **current;
    }
    StoredReport report;
    report.meta.orgCode = unitCode;
    report.quarter = quarter;
    report.revision = 1;
    report.text = defaults;
    if (auto ok = insert(report); !ok)
        return std::unexpected(ok.error());
    return report;
}

Result<void> ReportStore::saveText(StoredReport& report)
{
    if (report.status == ReportStatus::Submitted)
        return fail(QStringLiteral("report.submitted"), tr("已报送的报告不能修改，如需更正请新建修订版"));
    return writeText(report, ReportStatus::Draft, QString());
}

Result<void> ReportStore::markReviewed(StoredReport& report)
{
    if (report.status != ReportStatus::Draft)
        return fail(QStringLiteral("report.status"), tr("只有草稿可以审核"));
    if (report.text.reviewer.trimmed().isEmpty())
        return fail(QStringLiteral("report.reviewer"), tr("请填写审核人"));
    return writeText(report, ReportStatus::Reviewed, storage::RecordColumns::timestamp(m_context.now()));
}

Result<void> ReportStore::writeText(StoredReport& report, ReportStatus status, const QString& reviewedAt)
{
    QVariantMap binds = textBinds(report.text);
    binds.insert(QStringLiteral(":status"), kReportStatuses.key(status));
    binds.insert(QStringLiteral(":reviewed_at"), reviewedAt.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(reviewedAt));
    if (auto ok = storage::RecordColumns::update(m_db, QStringLiteral("quarterly_report"), report.meta,
                                                 storage::RecordColumns::assignments(kTextColumns + QStringLiteral(", status, reviewed_at")),
                                                 binds, m_context);
        !ok)
        return ok;
    report.status = status;
    report.reviewedAt = reviewedAt;
    return {};
}

Result<SubmittedReport> ReportStore::submit(StoredReport& report, const ReportData& data)
{
    if (report.status != ReportStatus::Reviewed)
        return fail(QStringLiteral("report.status"), tr("报告须先审核再报送"));
    if (data.unitCode != report.meta.orgCode || !(data.quarter == report.quarter))
        return fail(QStringLiteral("report.mismatch"), tr("数据与报告的单位或季度不符"));
    QStringList missing;
    if (report.text.unitHead.trimmed().isEmpty())
        missing << tr("单位负责人");
    if (report.text.reviewer.trimmed().isEmpty())
        missing << tr("审核人");
    if (report.text.preparer.trimmed().isEmpty())
        missing << tr("填表人");
    if (!missing.isEmpty())
        return fail(QStringLiteral("report.signatures"), tr("请填写%1").arg(joinList(missing)));
    StoredReport frozen = report;
    if (!frozen.text.reportDate.isValid())
        frozen.text.reportDate = m_context.clock->today();
    SubmittedReport submitted{data, frozen.text, frozen.revision, storage::RecordColumns::timestamp(m_context.now())};
    const QJsonObject json = ReportJson::toJson(submitted);
    const QByteArray content = ReportJson::canonical(json);
    const QString digest = ReportJson::digest(json);
    QVariantMap binds = textBinds(frozen.text);
    binds.insert(QStringLiteral(":status"), kReportStatuses.key(ReportStatus::Submitted));
    binds.insert(QStringLiteral(":submitted_at"), submitted.submittedAt);
    binds.insert(QStringLiteral(":content"), QString::fromUtf8(content));
    binds.insert(QStringLiteral(":digest"), digest);
    if (auto ok = storage::RecordColumns::update(
            m_db, QStringLiteral("quarterly_report"), frozen.meta,
            storage::RecordColumns::assignments(kTextColumns + QStringLiteral(", status, submitted_at, content, digest")), binds,
            m_context);
        !ok)
        return std::unexpected(ok.error());
    frozen.status = ReportStatus::Submitted;
    frozen.submittedAt = submitted.submittedAt;
    frozen.content = content;
    frozen.digest = digest;
    report = frozen;
    return submitted;
}

Result<StoredReport> ReportStore::amend(const QString& unitCode, const Quarter& quarter)
{
    auto current = latest(unitCode, quarter);
    if (!current)
        return std::unexpected(current.error());
    if (!*current || (*current)->status != ReportStatus::Submitted)
        return fail(QStringLiteral("report.not_submitted"), tr("只有已报送的报告需要新建修订版"));
    StoredReport next;
    next.meta.orgCode = unitCode;
    next.quarter = quarter;
    next.revision = (*current)->revision + 1;
    next.text = (*current)->text;
    next.text.reportDate = QDate();
    if (auto ok = insert(next); !ok)
        return std::unexpected(ok.error());
    return next;
}

Result<QList<ScheduleRow>> ReportStore::schedule(const QString& unitCode, const Quarter& from, const Quarter& to,
                                                QDate today) const
{
    QList<ScheduleRow> rows;
    QList<Quarter> quarters;
    for (Quarter q = to; quarters.size() < 400; q = q.previous()) {
        quarters.prepend(q);
        if (q == from)
            break;
    }
    for (const Quarter& quarter : quarters) {
        auto all = revisions(unitCode, quarter);
        if (!all)
            return std::unexpected(all.error());
        ScheduleRow row;
        row.quarter = quarter;
        row.dueDate = quarter.dueDate();
        for (const StoredReport& report : *all) {
            if (report.status != ReportStatus::Submitted)
                continue;
            ++row.revisions;
            if (!row.firstReported.isValid())
                row.firstReported = report.text.reportDate;
        }
        if (row.revisions > 0)
            row.state = row.firstReported <= row.dueDate ? ScheduleRow::State::OnTime : ScheduleRow::State::SubmittedLate;
        else if (today <= quarter.lastDay())
            row.state = ScheduleRow::State::Open;
        else
            row.state = today <= row.dueDate ? ScheduleRow::State::Due : ScheduleRow::State::Late;
        rows << row;
    }
    return rows;
}

Result<void> ReportStore::insertImported(const SubmittedReport& report, const QByteArray& content, const QString& digest)
{
    StoredReport row;
    row.meta.orgCode = report.data.unitCode;
    row.quarter = report.data.quarter;
    row.revision = report.revision;
    row.status = ReportStatus::Submitted;
    row.imported = true;
    row.text = report.text;
    row.submittedAt = report.submittedAt;
    row.receivedAt = storage::RecordColumns::timestamp(m_context.now());
    row.content = content;
    row.digest = digest;
    return insert(row);
}

} // namespace wushe::quarterly
