#pragma once

#include "Error.h"
#include "domain/Person.h"
#include "storage/WriteContext.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace wushe::storage {

// People, one row per 公民身份号码. Ledgers never insert people themselves: they
// call addOrLink(), so a person already in another ledger is the same row.
class PersonRepository
{
public:
    PersonRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Normalises and checks the ID (birth date and sex are taken from it), the
    // name, the phone, and that meta.orgCode is a village/community of the database.
    Result<void> validate(Person& person) const;

    // Stores a new person, or links to the live person with the same ID number:
    // `person` then becomes that row (phone/address/ethnicity updated when newly
    // given). Returns true when an existing person was linked. A different name
    // for the same ID is refused: it is almost always a typing error.
    Result<bool> addOrLink(Person& person);
    // Saves changes; ledger rows' copies of the name key follow.
    Result<void> update(Person& person);
    // After the person's row was written column by column (undo): its sort and search
    // keys, name index and the ledger rows' copies follow the stored values.
    // `previousName` is the name before that write.
    Result<void> refreshDerived(const QString& personId, const QString& previousName);

    Result<std::optional<Person>> findById(const QString& id) const;
    Result<std::optional<Person>> findByIdNumber(const QString& idNumber) const;
    // Which of `among` are the ID numbers of live people, in one statement (imports).
    static Result<QSet<QString>> liveIdNumbers(const QSqlDatabase& db, const QStringList& among);
    // Which ledgers (labels, e.g. 老年人台账) the person is in, live records only.
    Result<QStringList> ledgersOf(const QString& personId) const;

    // The columns a person is read from (of the table alias `alias`, if given), and
    // the person read from them, starting at column `first` of a query.
    static QString selectColumns(const QString& alias = {});
    static Person read(const QSqlQuery& query, int first);

    // The 1- and 2-character pieces of a name kept in person_name_index.
    static QStringList nameGrams(const QString& name);

private:
    // Whether `code` is a village (or community) of this database.
    Result<bool> isVillage(const QString& code) const;
    Result<QList<Person>> select(const QString& where, const QVariantMap& binds) const;
    Result<std::optional<Person>> selectOne(const QString& where, const QVariantMap& binds) const;
    // Replaces the grams of `previousName` (empty for a new person) by those of the name.
    Result<void> writeNameIndex(const Person& person, const QString& previousName);
    // The name index and the ledger rows' copies of the name key (computed once by the
    // caller), ID number and birth date.
    Result<void> writeCopies(const Person& person, const QString& previousName, const QVariant& nameKey);

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
