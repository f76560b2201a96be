#include "quarterly/QuarterlyReport.h"

#include "domain/OrgUnit.h"
#include "org/ReportingUnit.h"
#include "quarterly/FigureDef.h"
#include "storage/OrgTargetFacts.h"
#include "storage/OrgUnitRepository.h"
#include "storage/Sql.h"
#include "storage/SqliteHandle.h"
#include "storage/StationStandardFacts.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <optional>

namespace wushe::quarterly {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("QuarterlyReport", text);
}

// Where a statement looks: the unit, its code range and how the breakdown groups.
struct Scope
{
    OrgUnit unit;
    QString condition; // on the placeholder {ORG}; "1" for the database's whole jurisdiction
    int groupDigits = 9;
};

Result<Scope> scopeOf(const QSqlDatabase& db, const QString& unitCode)
{
    auto unit = storage::OrgUnitRepository(db).find(unitCode.trimmed());
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit)
        return fail(QStringLiteral("unit.unknown"),
                    QCoreApplication::translate("QuarterlyReport", "区划%1不在本数据库的辖区内").arg(unitCode));
    Scope scope;
    scope.unit = **unit;
    if (scope.unit.level != OrgLevel::County && scope.unit.level != OrgLevel::Township)
        return fail(QStringLiteral("report.level"),
                    QCoreApplication::translate("QuarterlyReport", "季度报告按县（区）或乡镇（街道）统计；市级报告由各县上报的数据汇总"));
    scope.groupDigits = scope.unit.level == OrgLevel::County ? 9 : 12;
    if (scope.unit.depth == 0) {
        scope.condition = QStringLiteral("1");
    } else {
        const CodeRange range = subtreeRange(scope.unit.code, scope.unit.level);
        scope.condition = QStringLiteral("{ORG} BETWEEN '%1' AND '%2'").arg(range.low, range.high);
    }
    return scope;
}

// Dates and codes are produced here (validated ISO dates, 12-digit codes), never
// typed by users, so they are written into the SQL as literals: the same
// placeholder appears in several places of one statement.
QString fill(QString sql, const Quarter& quarter, const QString& orgColumn)
{
    sql.replace(QStringLiteral("{ORG}"), orgColumn);
    sql.replace(QStringLiteral("{F}"), QStringLiteral("'%1'").arg(quarter.firstDay().toString(Qt::ISODate)));
    sql.replace(QStringLiteral("{T}"), QStringLiteral("'%1'").arg(quarter.lastDay().toString(Qt::ISODate)));
    return sql;
}

// A read-only statement, prepared and run; `what` names it in an error.
Result<QSqlQuery> selectRows(const QSqlDatabase& db, const QString& sql, const QString& what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    if (auto ok = storage::exec(query, what); !ok)
        return std::unexpected(ok.error());
    return query;
}

// Figures over the same rows (same from, org and where: a whole and its parts,
// a count and a sum) are computed by one statement, one column each.
struct Batch
{
    QList<const FigureDef*> defs;
    QList<int> figures; // their places in ReportData::figures
};

QString groupedSql(const QList<const FigureDef*>& defs, const Quarter& quarter, const Scope& scope)
{
    const FigureDef& def = *defs.first();
    const QString group = scope.groupDigits == 12
                              ? def.org
                              : QStringLiteral("substr(%1, 1, %2) || '%3'")
                                    .arg(def.org)
                                    .arg(scope.groupDigits)
                                    .arg(QString(12 - scope.groupDigits, u'0'));
    QStringList values;
    for (const FigureDef* one : defs)
        values << one->value;
    const QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 AND %5 GROUP BY 1")
                            .arg(group, values.join(QStringLiteral(", ")), def.from, def.where, scope.condition);
    return fill(sql, quarter, def.org);
}

// One map (group → value) per figure of the batch.
Result<QList<QMap<QString, qint64>>> grouped(const QSqlDatabase& db, const QList<const FigureDef*>& defs, const Quarter& quarter,
                                             const Scope& scope)
{
    auto query = selectRows(db, groupedSql(defs, quarter, scope), QStringLiteral("figure ") + defs.first()->key);
    if (!query)
        return std::unexpected(query.error());
    QList<QMap<QString, qint64>> values(defs.size());
    while (query->next())
        for (int i = 0; i < defs.size(); ++i)
            values[i].insert(query->value(0).toString(), query->value(i + 1).toLongLong());
    return values;
}

qint64 total(const QMap<QString, qint64>& values)
{
    qint64 sum = 0;
    for (qint64 value : values)
        sum += value;
    return sum;
}

qint64 ratioValue(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return 0;
    return (numerator * 20000 / denominator + 1) / 2; // hundredths of a percent, rounded half up
}

struct StationCount
{
    QMap<QString, qint64> standardized;
    QList<Flag> understaffed;
};

// The township stations live at the quarter's end, each judged by the station
// standard rule on that day.
Result<StationCount> stations(const QSqlDatabase& db, const Quarter& quarter, const Scope& scope)
{
    const QString sql = fill(QStringLiteral("SELECT s.id, s.org_code, s.name FROM service_unit s WHERE s.deleted = 0 AND s.tier = 3 "
                                            "AND (s.established_on IS NULL OR s.established_on <= {T}) AND %1 ORDER BY s.org_code")
                                 .arg(scope.condition),
                             quarter, QStringLiteral("s.org_code"));
    auto query = selectRows(db, sql, QStringLiteral("stations"));
    if (!query)
        return std::unexpected(query.error());
    QList<std::tuple<QString, QString, QString>> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString()});
    StationCount result;
    for (const auto& [id, orgCode, name] : rows) {
        auto verdict = storage::StationStandardFacts::evaluate(db, id, quarter.lastDay());
        if (!verdict)
            return std::unexpected(verdict.error());
        const QString group = orgCode.left(scope.groupDigits).leftJustified(12, u'0');
        result.standardized[group] += verdict->standardized ? 1 : 0;
        if (verdict->staffOnDuty < rules::StationStandard::kMinResidentStaff)
            result.understaffed << Flag{QStringLiteral("station.understaffed"), orgCode, name,
                                        tr("驻站人员%1人，不足3人").arg(verdict->staffOnDuty)};
    }
    return result;
}

// Pilot townships designated (migration 007) by the quarter's end, in scope.
Result<QStringList> pilotTownships(const QSqlDatabase& db, const Quarter& quarter, const Scope& scope)
{
    const QString sql = fill(QStringLiteral("SELECT p.org_code FROM pilot_township p WHERE p.deleted = 0 AND p.designated_on <= {T} "
                                            "AND %1 ORDER BY p.org_code")
                                 .arg(scope.condition),
                             quarter, QStringLiteral("p.org_code"));
    auto query = selectRows(db, sql, QStringLiteral("pilot townships"));
    if (!query)
        return std::unexpected(query.error());
    QStringList codes;
    while (query->next())
        codes << query->value(0).toString();
    return codes;
}

// One quarter's values: per batch one map per figure, and the stations.
struct QuarterValues
{
    QList<QList<QMap<QString, qint64>>> batches;
    StationCount stations;
};

Result<QuarterValues> quarterValues(const QSqlDatabase& db, const QList<Batch>& batches, const Quarter& quarter,
                                    const Scope& scope)
{
    QuarterValues values;
    auto counted = stations(db, quarter, scope);
    if (!counted)
        return std::unexpected(counted.error());
    values.stations = std::move(*counted);
    for (const Batch& batch : batches) {
        auto maps = grouped(db, batch.defs, quarter, scope);
        if (!maps)
            return std::unexpected(maps.error());
        values.batches << std::move(*maps);
    }
    return values;
}

// A second connection sees what this one sees only for a file (not :memory:) and
// outside a transaction (uncommitted rows are this connection's own).
bool canShareFile(const QSqlDatabase& db)
{
    const QString path = db.databaseName();
    if (db.driverName() != u"QSQLITE" || path.isEmpty() || path == u":memory:" || path.startsWith(u"file:"))
        return false;
    sqlite3* handle = storage::sqliteHandle(db);
    return handle && sqlite3_get_autocommit(handle) != 0;
}

const QString kNoReader = QStringLiteral("report.reader");

// One quarter's values on a read-only connection of the calling thread, removed
// when done; kNoReader when it cannot be opened.
Result<QuarterValues> onOwnConnection(const QString& path, qint64 cacheSize, const QList<Batch>& batches, const Quarter& quarter,
                                      const Scope& scope)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("wushe-report-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QuarterValues> result = fail(kNoReader, QStringLiteral("no second connection"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        // schema_version reads the file: a connection that opens but cannot read falls back too.
        if (db.open() && storage::execSql(db, QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize))
            && storage::scalarInt(db, QStringLiteral("PRAGMA schema_version")))
            result = quarterValues(db, batches, quarter, scope);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<ReportData> QuarterlyReport::compute(const QString& unitCode, const Quarter& quarter) const
{
    if (!quarter.isValid())
        return fail(QStringLiteral("quarter.format"), tr("季度无效"));
    auto scope = scopeOf(m_db, unitCode);
    if (!scope)
        return std::unexpected(scope.error());
    ReportData data;
    data.unitCode = scope->unit.code;
    data.unitName = scope->unit.name;
    data.quarter = quarter;

    // Breakdown columns: the jurisdiction's children, then its own level (县本级)
    // when anything is recorded there.
    auto children = storage::OrgUnitRepository(m_db).children(scope->unit.code);
    if (!children)
        return std::unexpected(children.error());
    for (const OrgUnit& child : *children)
        data.breakdownUnits.append({child.code, child.name});

    QList<Batch> batches;
    int stationFigure = -1;
    for (const FigureDef& def : figureCatalog()) {
        if (def.stationStandard) {
            stationFigure = int(data.figures.size());
        } else if (!def.isRatio()) { // ratios are filled once their parts are known
            auto batch = std::find_if(batches.begin(), batches.end(), [&](const Batch& b) {
                const FigureDef& first = *b.defs.first();
                return first.from == def.from && first.org == def.org && first.where == def.where;
            });
            if (batch == batches.end())
                batch = batches.insert(batches.end(), Batch{});
            batch->defs << &def;
            batch->figures << int(data.figures.size());
        }
        data.figures << def.blank();
    }

    // Last quarter on a second connection to the file while this thread computes
    // this quarter: SQLite readers do not wait for each other, and the two halves
    // take about as long. The future's destructor joins the worker on every return.
    const Quarter last = quarter.previous();
    std::future<Result<QuarterValues>> pending;
    if (m_concurrent && canShareFile(m_db)) {
        const qint64 cacheSize = storage::scalarInt(m_db, QStringLiteral("PRAGMA cache_size")).value_or(-32768);
        pending = std::async(std::launch::async, [path = m_db.databaseName(), cacheSize, &batches, last, &scope] {
            return onOwnConnection(path, cacheSize, batches, last, *scope);
        });
    }
    const Result<QuarterValues> now = quarterValues(m_db, batches, quarter, *scope);
    std::optional<Result<QuarterValues>> before;
    if (pending.valid()) {
        before = pending.get();
        if (!*before && (*before).error().key == kNoReader)
            before.reset(); // no second connection after all: computed here
    }
    if (!before)
        before = quarterValues(m_db, batches, last, *scope);
    if (!now)
        return std::unexpected(now.error());
    if (!*before)
        return std::unexpected((*before).error());

    for (int b = 0; b < batches.size(); ++b) {
        const Batch& batch = batches.at(b);
        for (int i = 0; i < batch.defs.size(); ++i) {
            Figure& figure = data.figures[batch.figures.at(i)];
            const QMap<QString, qint64>& values = now->batches.at(b).at(i);
            figure.byUnit = batch.defs.at(i)->breakdown ? values : QMap<QString, qint64>{};
            figure.thisQuarter = total(values);
            figure.lastQuarter = total((*before)->batches.at(b).at(i));
        }
    }
    if (stationFigure >= 0) {
        Figure& figure = data.figures[stationFigure];
        figure.byUnit = now->stations.standardized;
        figure.thisQuarter = total(now->stations.standardized);
        figure.lastQuarter = total((*before)->stations.standardized);
    }
    QuarterlyReport::fillRatios(data);

    bool ownLevelUsed = false;
    for (const Figure& figure : data.figures)
        if (figure.byUnit.contains(scope->unit.code))
            ownLevelUsed = true;
    if (ownLevelUsed)
        data.breakdownUnits.append({scope->unit.code, scope->unit.level == OrgLevel::County ? tr("县本级") : tr("乡镇本级")});

    // Flags.
    data.flags << now->stations.understaffed;
    auto pilots = pilotTownships(m_db, quarter, *scope);
    if (!pilots)
        return std::unexpected(pilots.error());
    if (pilots->isEmpty() && scope->unit.level == OrgLevel::County)
        data.flags << Flag{QStringLiteral("pilot.unset"), data.unitCode, data.unitName, tr("尚未指定试点乡镇")};
    const Figure* villages = data.find(QStringLiteral("system.villages"));
    const Figure* covered = data.find(QStringLiteral("system.villages_with_room"));
    for (const QString& township : *pilots) {
        qint64 all = 0;
        qint64 with = 0;
        if (scope->unit.level == OrgLevel::Township) {
            all = villages->thisQuarter;
            with = covered->thisQuarter;
        } else {
            all = villages->byUnit.value(township);
            with = covered->byUnit.value(township);
        }
        if (2 * with <= all) {
            QString name = township;
            for (const auto& [code, unitName] : data.breakdownUnits)
                if (code == township)
                    name = unitName;
            if (township == scope->unit.code)
                name = scope->unit.name;
            data.flags << Flag{QStringLiteral("pilot.coverage"), township, name,
                               tr("试点乡镇覆盖村（社区）%1个/%2个，未超过半数").arg(with).arg(all)};
        }
    }
    auto below = storage::OrgTargetFacts::belowTarget(m_db, scope->unit.code, quarter.lastDay());
    if (!below)
        return std::unexpected(below.error());
    for (const rules::CommunityOrgCount& row : *below)
        data.flags << Flag{QStringLiteral("orgs.below_target"), row.code, row.name, row.failing.join(QStringLiteral("；"))};
    const QList<std::pair<QString, QString>> overdue{
        {QStringLiteral("ledgers.overdue.elderly"), tr("%1名老年人超过探访周期未探访")},
        {QStringLiteral("ledgers.overdue.child"), tr("%1名儿童超过探访周期未探访")},
        {QStringLiteral("ledgers.overdue.relief"), tr("%1户救助家庭超过复核周期未核查")}};
    for (const auto& [key, message] : overdue) {
        const Figure* figure = data.find(key);
        if (figure && figure->thisQuarter > 0)
            data.flags << Flag{QStringLiteral("ledgers.overdue"), data.unitCode, data.unitName,
                               message.arg(figure->thisQuarter)};
    }
    return data;
}

void QuarterlyReport::fillRatios(ReportData& data)
{
    for (Figure& figure : data.figures) {
        if (figure.kind != ValueKind::Ratio || figure.numerator.isEmpty())
            continue;
        const Figure* numerator = data.find(figure.numerator);
        const Figure* denominator = data.find(figure.denominator);
        if (!numerator || !denominator)
            continue;
        figure.thisQuarter = ratioValue(numerator->thisQuarter, denominator->thisQuarter);
        figure.lastQuarter = ratioValue(numerator->lastQuarter, denominator->lastQuarter);
        figure.byUnit.clear();
        for (auto it = denominator->byUnit.cbegin(); it != denominator->byUnit.cend(); ++it)
            figure.byUnit.insert(it.key(), ratioValue(numerator->byUnit.value(it.key()), it.value()));
    }
}

namespace {

Result<QString> drillSql(const QSqlDatabase& db, const QString& unitCode, const Quarter& quarter, const QString& key,
                         int limit)
{
    const FigureDef* def = findFigureDef(key);
    if (!def || !def->hasDrill())
        return fail(QStringLiteral("report.figure"),
                    QCoreApplication::translate("QuarterlyReport", "指标“%1”没有可列出的明细").arg(key));
    auto scope = scopeOf(db, unitCode);
    if (!scope)
        return std::unexpected(scope.error());
    const QString where = def->drillFilter.isEmpty() ? def->where : QStringLiteral("%1 AND %2").arg(def->where, def->drillFilter);
    return fill(QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 WHERE %6 AND %7 ORDER BY 2, 4 LIMIT %8")
                    .arg(def->drillId, def->org, def->drillText, def->drillDate, def->from, where, scope->condition)
                    .arg(limit),
                quarter, def->org);
}

} // namespace

Result<QList<DrillRow>> QuarterlyReport::drillDown(const QString& unitCode, const Quarter& quarter, const QString& key,
                                                   int limit) const
{
    auto sql = drillSql(m_db, unitCode, quarter, key, limit);
    if (!sql)
        return std::unexpected(sql.error());
    auto query = selectRows(m_db, *sql, QStringLiteral("drill-down ") + key);
    if (!query)
        return std::unexpected(query.error());
    QList<DrillRow> rows;
    while (query->next())
        rows << DrillRow{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                         query->value(3).toString()};
    return rows;
}

Result<QStringList> QuarterlyReport::plan(const QString& unitCode, const Quarter& quarter, const QString& key) const
{
    const FigureDef* def = findFigureDef(key);
    if (!def || def->isRatio() || def->stationStandard)
        return fail(QStringLiteral("report.figure"), tr("指标无SQL语句"));
    auto scope = scopeOf(m_db, unitCode);
    if (!scope)
        return std::unexpected(scope.error());
    auto query = selectRows(m_db, QStringLiteral("EXPLAIN QUERY PLAN ") + groupedSql({def}, quarter, *scope), QStringLiteral("plan"));
    if (!query)
        return std::unexpected(query.error());
    QStringList lines;
    while (query->next())
        lines << query->value(3).toString();
    return lines;
}

} // namespace wushe::quarterly
