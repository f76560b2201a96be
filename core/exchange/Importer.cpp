#include "exchange/Importer.h"
#include "TextJoin.h"

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"
#include "storage/BulkSession.h"
#include "storage/WriteStatement.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace wushe::exchange {

namespace {

constexpr int kHeaderSearchRows = 30;

// A header without what is in brackets: 月保障金额（元） → 月保障金额.
QString withoutBrackets(const QString& key)
{
    static const QRegularExpression brackets(QStringLiteral("\\([^)]*\\)"));
    QString out = key;
    out.remove(brackets);
    return out;
}

bool blank(const QList<InCell>& cells)
{
    for (const InCell& cell : cells)
        if (!ValueNormalizer::clean(cell.text).isEmpty())
            return false;
    return true;
}

QString cellText(const QList<InCell>& cells, int column)
{
    return column >= 0 && column < cells.size() ? cells.at(column).text : QString();
}

} // namespace

Importer::Importer(QSqlDatabase db, LedgerExchange& exchange, const UnitResolver& units, QDate today)
    : m_db(std::move(db)), m_exchange(exchange), m_units(units), m_normalizer(today)
{
    for (const ExchangeColumn& column : m_exchange.columns())
        if (!m_columns.contains(column.key))
            m_columns.insert(column.key, &column);
}

Result<SheetData> Importer::readFile(const QString& path)
{
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return XlsxReader::read(path);
    return CsvReader::read(path);
}

const ExchangeColumn* Importer::columnOf(const QString& key) const
{
    return m_columns.value(key);
}

Result<QString> Importer::resolveUnit(const QString& code, const QString& name, const QString& township) const
{
    // 100,000 rows name a few hundred villages: each different spelling is resolved once.
    const QString key = code + u'\x1f' + name + u'\x1f' + township;
    if (const auto it = m_resolved.constFind(key); it != m_resolved.cend())
        return *it;
    auto resolved = m_units.resolve(code, name, township);
    m_resolved.insert(key, resolved);
    return resolved;
}

ColumnMapping Importer::detect(const SheetData& sheet) const
{
    // Header text → column key; the exported header wins over another column's synonym.
    QHash<QString, QString> byHeader;
    for (const ExchangeColumn& column : m_exchange.columns())
        byHeader.insert(ValueNormalizer::matchKey(column.header), column.key);
    for (const ExchangeColumn& column : m_exchange.columns())
        for (const QString& synonym : column.synonyms)
            if (!byHeader.contains(ValueNormalizer::matchKey(synonym)))
                byHeader.insert(ValueNormalizer::matchKey(synonym), column.key);
    const QList<QString> exact = byHeader.keys();
    for (const QString& key : exact)
        if (const QString bare = withoutBrackets(key); !byHeader.contains(bare))
            byHeader.insert(bare, byHeader.value(key));
    const auto keyOf = [&](const QString& text) -> QString {
        const QString key = ValueNormalizer::matchKey(text);
        if (key.isEmpty())
            return {};
        if (const auto it = byHeader.constFind(key); it != byHeader.cend())
            return *it;
        return byHeader.value(withoutBrackets(key));
    };

    ColumnMapping best;
    int bestScore = 0;
    const int rows = std::min<int>(int(sheet.rows.size()), kHeaderSearchRows);
    for (int r = 0; r < rows; ++r) {
        const QList<InCell>& cells = sheet.rows.at(r);
        ColumnMapping mapping;
        mapping.headerRow = r;
        QSet<QString> used;
        int score = 0;
        for (int c = 0; c < cells.size(); ++c) {
            QString key;
            // A two-row header: 赡养人 merged above 姓名 / 电话 reads 赡养人姓名.
            if (r > 0) {
                const QString above = cellText(sheet.rows.at(r - 1), c);
                if (!above.isEmpty() && above != cells.at(c).text && !cells.at(c).text.isEmpty())
                    key = keyOf(above + cells.at(c).text);
            }
            if (key.isEmpty() || used.contains(key))
                key = keyOf(cells.at(c).text);
            if (!key.isEmpty() && used.contains(key))
                key.clear();
            if (!key.isEmpty()) {
                used.insert(key);
                ++score;
            }
            mapping.keys.append(key);
        }
        if (score > bestScore) {
            bestScore = score;
            best = mapping;
        }
    }
    if (bestScore < 2)
        return ColumnMapping{};
    return best;
}

Result<void> Importer::checkMapping(const ColumnMapping& mapping) const
{
    if (mapping.headerRow < 0)
        return fail(QStringLiteral("exchange.no_header"),
                    QCoreApplication::translate("Importer", "没有找到表头行：前%1行中没有一行的列名能对应到台账的列（如 姓名、身份证号）").arg(kHeaderSearchRows));
    QStringList missing;
    QSet<QString> roles;
    for (const ExchangeColumn& column : m_exchange.columns()) {
        if (column.kind == CellKind::UnitCode)
            roles.insert(column.unitRole);
        if (column.required && !column.exportOnly && mapping.sourceOf(column.key) < 0)
            missing << column.header;
    }
    // The record's own division ("" role) must come from a code or a name column.
    if (roles.contains(QString()) && mapping.sourceOf(QStringLiteral("org_code")) < 0
        && mapping.sourceOf(QStringLiteral("village")) < 0)
        missing << QCoreApplication::translate("Importer", "村（社区）或区划代码");
    if (!missing.isEmpty())
        return fail(QStringLiteral("exchange.missing_columns"), QCoreApplication::translate("Importer", "文件缺少必需的列：%1").arg(missing.join(u'、')));
    return {};
}

Importer::PreparedRow Importer::prepare(int sourceRow, const QList<InCell>& cells, const ColumnMapping& mapping,
                                       const QSet<QString>* only) const
{
    static const InCell empty;
    PreparedRow row;
    row.sourceRow = sourceRow;
    QHash<QString, QString> unitTexts; // Unit* column key → text
    for (int c = 0; c < mapping.keys.size(); ++c) {
        const QString& key = mapping.keys.at(c);
        if (key.isEmpty())
            continue;
        const ExchangeColumn* column = columnOf(key);
        if (!column || column->exportOnly)
            continue;
        const bool unit = column->kind == CellKind::UnitCode || column->kind == CellKind::UnitName || column->kind == CellKind::Township;
        if (only && !only->contains(key) && !(unit && only->contains(column->unitRole + QStringLiteral("org_code"))))
            continue;
        const InCell& cell = c < cells.size() ? cells.at(c) : empty;
        auto value = m_normalizer.normalize(cell, *column);
        if (!value) {
            row.errors << labelled(column->header, value.error().message);
            continue;
        }
        if (column->required && value->isNull()) {
            row.errors << QCoreApplication::translate("Importer", "缺少必填项“%1”").arg(column->header);
            continue;
        }
        if (unit)
            unitTexts.insert(key, value->toString());
        else
            row.values.insert(key, *value);
    }
    // Each role's division: by code, else by name (within the township when given).
    for (const ExchangeColumn& column : m_exchange.columns()) {
        if (column.kind != CellKind::UnitCode)
            continue;
        const QString prefix = column.unitRole;
        const QString codeKey = column.key;
        if (only && !only->contains(codeKey))
            continue;
        const QString nameKey = prefix + QStringLiteral("village");
        const QString townshipKey = prefix + QStringLiteral("township");
        if (!unitTexts.contains(codeKey) && !unitTexts.contains(nameKey))
            continue; // role not in the file: the stored value stays
        const QString code = unitTexts.value(codeKey);
        const QString name = unitTexts.value(nameKey);
        if (code.isEmpty() && name.isEmpty()) {
            if (prefix.isEmpty())
                row.errors << QCoreApplication::translate("Importer", "缺少必填项“%1”").arg(columnOf(nameKey) ? columnOf(nameKey)->header : column.header);
            else
                row.values.insert(codeKey, QString());
            continue;
        }
        auto resolved = resolveUnit(code, name, unitTexts.value(townshipKey));
        if (!resolved) {
            const ExchangeColumn* shown = !code.isEmpty() ? &column : columnOf(nameKey);
            row.errors << labelled(shown ? shown->header : column.header, resolved.error().message);
            continue;
        }
        row.values.insert(codeKey, *resolved);
    }
    QStringList keyParts;
    for (const QString& key : m_exchange.keyColumns()) {
        const QVariant value = row.values.value(key);
        keyParts << (value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString());
    }
    row.key = keyParts.join(u'\x1f');
    if (!m_exchange.groupColumn().isEmpty())
        row.group = row.values.value(m_exchange.groupColumn()).toString();
    return row;
}

Result<ImportReport> Importer::run(const SheetData& sheet, const ColumnMapping& mapping, const ImportOptions& options)
{
    if (auto ok = checkMapping(mapping); !ok)
        return std::unexpected(ok.error());
    ImportReport report;
    report.headerRow = mapping.headerRow;
    for (const InCell& cell : sheet.rows.at(mapping.headerRow))
        report.headers << cell.text;

    // First the keys, groups and ID numbers of every row: duplicates are only known
    // once all keys are. Every value is normalised once, when its row (or household)
    // is applied; here only the columns these need are.
    QSet<QString> keyColumns;
    for (const QString& key : m_exchange.keyColumns())
        keyColumns.insert(key);
    if (!m_exchange.groupColumn().isEmpty())
        keyColumns.insert(m_exchange.groupColumn());
    QStringList idKeys; // the ID number columns: their people are looked up at once below
    for (const ExchangeColumn& column : m_exchange.columns())
        if (column.kind == CellKind::IdNumber && !column.exportOnly)
            idKeys << column.key;
    QSet<QString> firstPass = keyColumns;
    for (const QString& key : std::as_const(idKeys))
        firstPass.insert(key);
    QList<PreparedRow> rows;
    QList<int> sheetIndex;
    QList<bool> keyErrors; // a key, group or ID column could not be read: never a duplicate
    QStringList idNumbers;
    for (int r = mapping.headerRow + 1; r < sheet.rows.size(); ++r) {
        if (blank(sheet.rows.at(r)))
            continue;
        PreparedRow row = prepare(r + 1, sheet.rows.at(r), mapping, &firstPass);
        for (const QString& key : std::as_const(idKeys))
            if (const QString id = row.values.value(key).toString(); !id.isEmpty())
                idNumbers << id;
        keyErrors.append(!row.errors.isEmpty());
        row.values.clear();
        row.errors.clear(); // the row's errors are those of its full preparation
        rows.append(std::move(row));
        sheetIndex.append(r);
    }
    report.rows = int(rows.size());
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < rows.size(); ++i)
        if (!keyErrors[i] && !QString(rows[i].key).remove(u'\x1f').isEmpty())
            byKey[rows[i].key].append(i);
    // A row with an error anywhere is no duplicate of another: the few rows that share
    // a key are checked in full now.
    for (QList<int>& same : byKey) {
        if (same.size() < 2)
            continue;
        same.removeIf([&](int i) { return !prepare(rows[i].sourceRow, sheet.rows.at(sheetIndex[i]), mapping).errors.isEmpty(); });
    }
    QStringList keyHeaders;
    for (const QString& key : m_exchange.keyColumns())
        if (const ExchangeColumn* column = columnOf(key))
            keyHeaders << column->header;
    for (const QList<int>& same : std::as_const(byKey)) {
        if (same.size() < 2)
            continue;
        if (!m_exchange.uniqueKeys()) {
            for (int n = 0; n < same.size(); ++n)
                rows[same[n]].occurrence = n;
            continue;
        }
        QStringList where;
        for (int i : same)
            where << QString::number(rows[i].sourceRow);
        for (int i : same)
            rows[i].errors << QCoreApplication::translate("Importer", "%1在文件中重复出现（第%2行），无法确定以哪一行为准").arg(keyHeaders.join(u'+'), where.join(u'、'));
    }

    // Groups (relief households) in order of first appearance; a single row otherwise.
    QList<QList<int>> groups;
    QHash<QString, int> groupOf;
    for (int i = 0; i < rows.size(); ++i) {
        const QString& group = rows[i].group;
        if (group.isEmpty() || m_exchange.groupColumn().isEmpty()) {
            groups.append(QList<int>{i});
            continue;
        }
        const auto it = groupOf.constFind(group);
        if (it == groupOf.cend()) {
            groupOf.insert(group, int(groups.size()));
            groups.append(QList<int>{i});
        } else {
            groups[*it].append(i);
        }
    }

    // The caller's operation (ops::Operations::importSheet) holds the transaction and
    // commits it only when the import applies. Statements prepared once and lookups from memory for the repositories' writes
    // (destroyed before the transaction ends).
    storage::BulkSession session(m_db);
    if (auto ok = session.expectPeople(idNumbers); !ok)
        return std::unexpected(ok.error());
    idNumbers.clear();
    // A refused row must leave no trace only when the others are kept: all or nothing
    // rolls everything back anyway, and a savepoint per row costs a copy of every page
    // the row touches.
    const bool savepoints = options.validRows;
    qint64 done = 0;
    for (const QList<int>& group : std::as_const(groups)) {
        if (options.progress && !options.progress(done, rows.size())) {
            report.cancelled = true;
            return report; // the operation rolls back
        }
        done += group.size();
        QList<ImportValues> values;
        for (int i : group) {
            PreparedRow prepared = prepare(rows[i].sourceRow, sheet.rows.at(sheetIndex[i]), mapping);
            rows[i].errors = prepared.errors + rows[i].errors; // its own errors, then a duplicate's
            prepared.values.insert(kOccurrence, rows[i].occurrence);
            values.append(std::move(prepared.values));
        }
        QStringList groupErrors;
        for (int i : group)
            if (!rows[i].errors.isEmpty())
                groupErrors << QString::number(rows[i].sourceRow);
        if (!groupErrors.isEmpty()) {
            for (int i : group)
                if (rows[i].errors.isEmpty())
                    rows[i].errors << QCoreApplication::translate("Importer", "同户其他成员的行有误（第%1行）").arg(groupErrors.join(u'、'));
            continue;
        }
        if (savepoints)
            if (auto ok = storage::execWrite(m_db, QStringLiteral("SAVEPOINT import_row"), {}, QStringLiteral("savepoint")); !ok)
                return std::unexpected(ok.error());
        auto applied = m_exchange.apply(values);
        if (!applied) {
            if (savepoints) {
                if (auto ok = storage::execWrite(m_db, QStringLiteral("ROLLBACK TO import_row"), {}, QStringLiteral("rollback to savepoint")); !ok)
                    return std::unexpected(ok.error());
                m_exchange.rolledBack();
            }
            for (int i : group)
                rows[i].errors << applied.error().message;
        }
        if (savepoints)
            if (auto ok = storage::execWrite(m_db, QStringLiteral("RELEASE import_row"), {}, QStringLiteral("release savepoint")); !ok)
                return std::unexpected(ok.error());
        if (!applied)
            continue;
        for (qsizetype n = 0; n < group.size(); ++n) {
            switch (*applied) {
            case ApplyOutcome::Added: ++report.added; break;
            case ApplyOutcome::Updated: ++report.updated; break;
            case ApplyOutcome::Unchanged:
                ++report.updated;
                ++report.unchanged;
                break;
            }
        }
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].errors.isEmpty())
            continue;
        ++report.rejected;
        report.rejectedRows.append({rows[i].sourceRow, sheet.rows.at(sheetIndex[i]), rows[i].errors.join(QStringLiteral("；"))});
    }
    if (options.progress)
        options.progress(rows.size(), rows.size());
    return report;
}

Result<void> Importer::writeErrors(const QString& path, const QString& title, const ImportReport& report)
{
    QList<SheetColumn> columns;
    for (const QString& header : report.headers)
        columns.append({header, std::max(10.0, std::min(24.0, header.size() * 2.5))});
    columns.append({QCoreApplication::translate("Importer", "错误原因"), 60});
    XlsxWriter writer(path);
    if (auto ok = writer.addSheet(QCoreApplication::translate("Importer", "被拒绝的行"), QCoreApplication::translate("Importer", "%1：被拒绝的行（改正后可再次导入）").arg(title), columns); !ok)
        return ok;
    for (const RejectedRow& row : report.rejectedRows) {
        QList<OutCell> cells;
        for (int c = 0; c < report.headers.size(); ++c)
            cells.append(OutCell::ofCode(c < row.cells.size() ? row.cells.at(c).text : QString()));
        cells.append(OutCell::ofText(QStringLiteral("第%1行：%2").arg(row.sourceRow).arg(row.reason)));
        if (auto ok = writer.writeRow(cells); !ok)
            return ok;
    }
    return writer.commit();
}

} // namespace wushe::exchange
