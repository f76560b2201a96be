#pragma once

#include "Error.h"
#include "domain/Ledger.h"
#include "rules/PinyinKey.h"
#include "storage/LedgerLink.h"
#include "storage/LedgerQuery.h"
#include "storage/PersonRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/WriteContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace wushe::storage {

// What the person ledgers keyed by one person (elderly, children) share: the
// person is added or linked by ID number, a second live record for the same person
// is refused, the person's sort keys are copied onto the record, and reading a
// record loads its person. `Record` has `meta`, `person` and `registeredOn`.
template <typename Record>
class PersonLedgerTable
{
public:
    struct Parts
    {
        Ledger ledger;
        QString table;
        QString columns; // the ledger's own columns, after the shared ones
        std::function<QVariantMap(const Record&)> binds;
        std::function<void(Record&, const QSqlQuery&, int firstColumn)> read;
        std::function<Result<void>(Record&)> check; // ledger rules; may normalise fields
    };

    PersonLedgerTable(QSqlDatabase db, WriteContext context, Parts parts)
        : m_db(std::move(db)), m_context(std::move(context)), m_parts(std::move(parts))
    {
    }

    Result<LedgerLink> add(Record& record)
    {
        PersonRepository people(m_db, m_context);
        if (auto ok = validate(people, record); !ok)
            return std::unexpected(ok.error());
        auto linked = people.addOrLink(record.person);
        if (!linked)
            return std::unexpected(linked.error());
        LedgerLink link{*linked, {}};
        if (*linked) { // a person just added has no records yet: nothing to look up
            auto existing = findByPerson(record.person.meta.id);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing)
                return fail(QStringLiteral("ledger.duplicate"),
                            QCoreApplication::translate("PersonLedgerTable", "%1（%2）已在%3中，不能重复登记")
                                .arg(record.person.name, record.person.idNumber, kLedgers.label(m_parts.ledger)));
            auto ledgers = people.ledgersOf(record.person.meta.id);
            if (!ledgers)
                return std::unexpected(ledgers.error());
            link.otherLedgers = *ledgers;
        }
        RecordMeta meta = record.meta;
        RecordColumns::stampNew(meta, m_context);
        if (auto ok = RecordColumns::insert(m_db, m_parts.table, allColumns(), meta, binds(record)); !ok)
            return std::unexpected(ok.error());
        record.meta = meta;
        return link;
    }

    Result<void> update(Record& record)
    {
        PersonRepository people(m_db, m_context);
        if (auto ok = validate(people, record); !ok)
            return ok;
        if (auto ok = people.update(record.person); !ok)
            return ok;
        QVariantMap values = binds(record);
        values.insert(QStringLiteral(":org_code"), record.meta.orgCode); // people move to another village
        return RecordColumns::update(m_db, m_parts.table, record.meta,
                                     QStringLiteral("org_code = :org_code, ") + RecordColumns::assignments(allColumns()),
                                     values, m_context);
    }

    Result<void> remove(Record& record) { return RecordColumns::markDeleted(m_db, m_parts.table, record.meta, m_context); }

    Result<std::optional<Record>> find(const QString& id) const
    {
        return selectOne(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
    }

    Result<std::optional<Record>> findByPerson(const QString& personId) const
    {
        return selectOne(QStringLiteral("person_id = :person AND deleted = 0"), {{QStringLiteral(":person"), personId}});
    }

    // Every record the filter selects, with its person, in the ledger page's order
    // (LedgerQuery::forEachRow: one statement, read forward once), and its last visit
    // and next due day as of filter.asOf. False from `visit` stops.
    Result<void> forEachListed(const LedgerFilter& filter, LedgerSort sort, Qt::SortOrder order,
                               const std::function<bool(Record&&, QDate lastVisit, QDate nextDue)>& visit) const
    {
        QStringList recordColumns;
        for (const QString& column : allColumns().split(QStringLiteral(", ")))
            recordColumns << QStringLiteral("r.") + column;
        const int personColumn = 2 + 7 + int(recordColumns.size());
        const QString columns = QStringList{RecordColumns::names(QStringLiteral("r")), recordColumns.join(QStringLiteral(", ")),
                                            PersonRepository::selectColumns(QStringLiteral("p"))}
                                    .join(QStringLiteral(", "));
        LedgerFilter selected = filter;
        selected.ledger = m_parts.ledger;
        return LedgerQuery(m_db).forEachRow(selected, sort, order, columns, [&](const QSqlQuery& query) {
            Record record = readRecord(query, 2);
            record.person = PersonRepository::read(query, personColumn);
            return visit(std::move(record), QDate::fromString(query.value(0).toString(), Qt::ISODate),
                         QDate::fromString(query.value(1).toString(), Qt::ISODate));
        });
    }

private:
    static QString sharedColumns() { return QStringLiteral("person_id, name_key, id_number, birth_date, registered_on"); }
    QString allColumns() const { return sharedColumns() + QStringLiteral(", ") + m_parts.columns; }

    Result<void> validate(PersonRepository& people, Record& record) const
    {
        record.person.meta.orgCode = record.meta.orgCode;
        if (auto ok = people.validate(record.person); !ok)
            return ok;
        return m_parts.check(record);
    }

    QVariantMap binds(const Record& record) const
    {
        QVariantMap values = m_parts.binds(record);
        values.insert(QStringLiteral(":person_id"), record.person.meta.id);
        values.insert(QStringLiteral(":name_key"), rules::pinyinKey(record.person.name));
        values.insert(QStringLiteral(":id_number"), record.person.idNumber);
        values.insert(QStringLiteral(":birth_date"), record.person.birthDate.toString(Qt::ISODate));
        values.insert(QStringLiteral(":registered_on"), record.registeredOn.toString(Qt::ISODate));
        return values;
    }

    Result<std::optional<Record>> selectOne(const QString& where, const QVariantMap& values) const
    {
        QSqlQuery query(m_db);
        if (auto ok = prepare(query, QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                                         .arg(RecordColumns::names(), allColumns(), m_parts.table, where));
            !ok)
            return std::unexpected(ok.error());
        RecordColumns::bindAll(query, values);
        if (auto ok = exec(query, QStringLiteral("select ") + m_parts.table); !ok)
            return std::unexpected(ok.error());
        if (!query.next())
            return std::optional<Record>{};
        Record record = readRecord(query, 0);
        const QString personId = query.value(7).toString();
        auto person = PersonRepository(m_db, m_context).findById(personId);
        if (!person)
            return std::unexpected(person.error());
        if (!*person)
            return fail(QStringLiteral("db.orphan"), QStringLiteral("%1 %2 without person").arg(m_parts.table, record.meta.id));
        record.person = **person;
        return std::optional<Record>{record};
    }

    // The record (without its person) from RecordColumns::names() and allColumns(),
    // starting at column `first`.
    Record readRecord(const QSqlQuery& query, int first) const
    {
        Record record;
        record.meta = RecordColumns::read(query, first);
        // first + 7 … 10 (person_id, name_key, id_number, birth_date) are the person's.
        record.registeredOn = QDate::fromString(query.value(first + 11).toString(), Qt::ISODate);
        m_parts.read(record, query, first + 12);
        return record;
    }

    QSqlDatabase m_db;
    WriteContext m_context;
    Parts m_parts;
};

} // namespace wushe::storage
