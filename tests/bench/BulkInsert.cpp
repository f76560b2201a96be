#include "BulkInsert.h"

#include "Bench.h"
#include "demo/ChineseNames.h"
#include "rules/IdNumber.h"
#include "rules/PinyinKey.h"
#include "storage/PersonRepository.h"
#include "storage/SqliteHandle.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <sqlite3.h>

namespace wushe::bench {

namespace {

const QStringList kScratchTables{QStringLiteral("person"), QStringLiteral("elderly_record"),
                                 QStringLiteral("person_name_index")};
const QString kStamp = QStringLiteral("2024-06-15T01:00:00.000Z");

QString scratchName(const QString& table)
{
    return QStringLiteral("bench_") + table;
}

void run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql.left(80), query.lastError().text()));
}

// The CREATE statements of the scratch tables and their indexes: the real tables'
// SQL with every reference to one of kScratchTables renamed.
QStringList scratchSchema(const QSqlDatabase& db)
{
    QStringList statements;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE tbl_name IN ('person', "
                                   "'elderly_record', 'person_name_index') AND type IN ('table', 'index') "
                                   "AND sql IS NOT NULL ORDER BY type = 'index', tbl_name <> 'person'")))
        die(query.lastError().text());
    while (query.next()) {
        QString sql = query.value(2).toString();
        if (query.value(0).toString() == u"index") {
            const QString name = query.value(1).toString();
            sql.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)), scratchName(name));
        }
        for (const QString& table : kScratchTables)
            sql.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(table)), scratchName(table));
        statements << sql;
    }
    return statements;
}

void dropScratch(const QSqlDatabase& db)
{
    for (auto it = kScratchTables.crbegin(); it != kScratchTables.crend(); ++it)
        run(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(scratchName(*it)));
}

} // namespace

QList<LedgerImportRow> makeImportRows(int count, const QStringList& villageCodes, quint32 seed, const QString& region)
{
    if (villageCodes.isEmpty())
        die(QStringLiteral("no villages for the import rows"));
    QRandomGenerator random(seed);
    demo::ChineseNames names(random);
    QHash<QDate, int> sequences; // per birth day, so that ID numbers stay unique
    const char* tiers[] = {"high", "key", "general"};
    const char* intervals[] = {"week", "month", "quarter"};
    QList<LedgerImportRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        LedgerImportRow row;
        const QDate birth = names.dateBetween(QDate(1925, 1, 1), QDate(1964, 12, 31));
        // 389 is prime to 1000: distinct, spread-out sequence numbers per birth day.
        const int sequence = (sequences[birth]++ * 389 + 17) % 1000;
        const bool male = sequence % 2 == 1;
        row.orgCode = villageCodes.at(random.bounded(int(villageCodes.size())));
        const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
                              + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        row.idNumber = first17 + rules::IdNumber::checkDigit(first17);
        row.idReversed = row.idNumber;
        std::reverse(row.idReversed.begin(), row.idReversed.end());
        row.personId = names.uuid();
        row.recordId = names.uuid();
        row.name = names.fullName(male ? rules::Sex::Male : rules::Sex::Female);
        row.nameKey = rules::pinyinKey(row.name);
        row.grams = storage::PersonRepository::nameGrams(row.name);
        row.sex = male ? QStringLiteral("male") : QStringLiteral("female");
        row.birthDate = birth.toString(Qt::ISODate);
        if (random.bounded(10) < 7) {
            row.phone = names.mobilePhone();
            row.phoneReversed = row.phone;
            std::reverse(row.phoneReversed.begin(), row.phoneReversed.end());
        }
        row.registeredOn = names.dateBetween(QDate(2016, 1, 1), QDate(2024, 6, 15)).toString(Qt::ISODate);
        const int tier = random.bounded(10) == 0 ? 0 : random.bounded(3) == 0 ? 1 : 2;
        row.riskTier = QString::fromLatin1(tiers[tier]);
        row.visitInterval = QString::fromLatin1(intervals[tier]);
        row.categories = 1 << random.bounded(9);
        rows.append(row);
    }
    return rows;
}

namespace {

const QStringList kPersonColumns{QStringLiteral("id"),          QStringLiteral("org_code"),   QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"),  QStringLiteral("updated_by"), QStringLiteral("id_number"),
                                 QStringLiteral("name"),        QStringLiteral("name_key"),   QStringLiteral("sex"),
                                 QStringLiteral("birth_date"),  QStringLiteral("phone"),      QStringLiteral("id_reversed"),
                                 QStringLiteral("phone_reversed")};
const QStringList kGramColumns{QStringLiteral("gram"), QStringLiteral("person_id")};
const QStringList kRecordColumns{
    QStringLiteral("id"),          QStringLiteral("org_code"),      QStringLiteral("created_at"),
    QStringLiteral("updated_at"),  QStringLiteral("updated_by"),    QStringLiteral("person_id"),
    QStringLiteral("name_key"),    QStringLiteral("id_number"),     QStringLiteral("birth_date"),
    QStringLiteral("registered_on"), QStringLiteral("categories"),  QStringLiteral("family_structure"),
    QStringLiteral("health_status"), QStringLiteral("care_situation"), QStringLiteral("risk_tier"),
    QStringLiteral("visit_interval")};
const QString kUser = QStringLiteral("bench");
const QString kCouple = QStringLiteral("couple");
const QString kHealthy = QStringLiteral("basically_healthy");
const QString kChildren = QStringLiteral("children");

// Into the scratch copy of `table` (see scratchSchema), or the table itself.
QString insertSql(const QString& table, const QStringList& columns, bool scratch)
{
    const QStringList marks(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(scratch ? scratchName(table) : table, columns.join(u','), marks.join(u','));
}

// Through Qt: QSqlQuery::prepare once per table, bindValue and exec per row.
void insertWithQt(const QSqlDatabase& db, const QList<LedgerImportRow>& rows)
{
    const auto prepare = [&](const QString& table, const QStringList& columns) {
        QSqlQuery query(db);
        if (!query.prepare(insertSql(table, columns, true)))
            die(query.lastError().text());
        return query;
    };
    QSqlQuery person = prepare(QStringLiteral("person"), kPersonColumns);
    QSqlQuery gram = prepare(QStringLiteral("person_name_index"), kGramColumns);
    QSqlQuery record = prepare(QStringLiteral("elderly_record"), kRecordColumns);
    const auto exec = [](QSqlQuery& query) {
        if (!query.exec())
            die(query.lastError().text());
    };
    for (const LedgerImportRow& row : rows) {
        int i = 0;
        for (const QVariant& value : {QVariant(row.personId), QVariant(row.orgCode), QVariant(kStamp), QVariant(kStamp),
                                      QVariant(kUser), QVariant(row.idNumber), QVariant(row.name), QVariant(row.nameKey),
                                      QVariant(row.sex), QVariant(row.birthDate), QVariant(row.phone),
                                      QVariant(row.idReversed), QVariant(row.phoneReversed)})
            person.bindValue(i++, value);
        exec(person);
        for (const QString& piece : row.grams) {
            gram.bindValue(0, piece);
            gram.bindValue(1, row.personId);
            exec(gram);
        }
        i = 0;
        for (const QVariant& value :
             {QVariant(row.recordId), QVariant(row.orgCode), QVariant(kStamp), QVariant(kStamp), QVariant(kUser),
              QVariant(row.personId), QVariant(row.nameKey), QVariant(row.idNumber), QVariant(row.birthDate),
              QVariant(row.registeredOn), QVariant(row.categories), QVariant(kCouple), QVariant(kHealthy),
              QVariant(kChildren), QVariant(row.riskTier), QVariant(row.visitInterval)})
            record.bindValue(i++, value);
        exec(record);
    }
}

// A prepared statement of the SQLite C API, bound by position (text as UTF-16, as Qt does).
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
            != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& text(const QString& value)
    {
        sqlite3_bind_text16(m_statement, ++m_index, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
        return *this;
    }
    Statement& blob(const QByteArray& value)
    {
        sqlite3_bind_blob(m_statement, ++m_index, value.constData(), int(value.size()), SQLITE_STATIC);
        return *this;
    }
    Statement& integer(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_index, value);
        return *this;
    }
    void exec()
    {
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_reset(m_statement);
        m_index = 0;
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    int m_index = 0;
};

// Straight through the SQLite C API on the same connection.
void insertWithSqlite(const QSqlDatabase& db, const QList<LedgerImportRow>& rows, bool scratch)
{
    sqlite3* handle = storage::sqliteHandle(db);
    if (!handle)
        die(QStringLiteral("no SQLite handle"));
    Statement person(handle, insertSql(QStringLiteral("person"), kPersonColumns, scratch));
    Statement gram(handle, insertSql(QStringLiteral("person_name_index"), kGramColumns, scratch));
    Statement record(handle, insertSql(QStringLiteral("elderly_record"), kRecordColumns, scratch));
    for (const LedgerImportRow& row : rows) {
        person.text(row.personId).text(row.orgCode).text(kStamp).text(kStamp).text(kUser).text(row.idNumber);
        person.text(row.name).blob(row.nameKey).text(row.sex).text(row.birthDate).text(row.phone);
        person.text(row.idReversed).text(row.phoneReversed).exec();
        for (const QString& piece : row.grams)
            gram.text(piece).text(row.personId).exec();
        record.text(row.recordId).text(row.orgCode).text(kStamp).text(kStamp).text(kUser).text(row.personId);
        record.blob(row.nameKey).text(row.idNumber).text(row.birthDate).text(row.registeredOn).integer(row.categories);
        record.text(kCouple).text(kHealthy).text(kChildren).text(row.riskTier).text(row.visitInterval).exec();
    }
}

} // namespace

double bulkInsertFloorMs(const QSqlDatabase& db, const QList<LedgerImportRow>& rows, InsertApi api)
{
    dropScratch(db);
    for (const QString& statement : scratchSchema(db))
        run(db, statement);
    QElapsedTimer timer;
    timer.start();
    run(db, QStringLiteral("BEGIN"));
    if (api == InsertApi::Sqlite)
        insertWithSqlite(db, rows, true);
    else
        insertWithQt(db, rows);
    run(db, QStringLiteral("COMMIT"));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    dropScratch(db);
    return ms;
}

void addElderly(const QSqlDatabase& db, const QList<LedgerImportRow>& rows)
{
    run(db, QStringLiteral("BEGIN"));
    insertWithSqlite(db, rows, false);
    run(db, QStringLiteral("COMMIT"));
}

} // namespace wushe::bench
