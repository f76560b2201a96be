#include "storage/PersonRepository.h"

#include "domain/Ledger.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"
#include "rules/PinyinKey.h"
#include "storage/BulkSession.h"
#include "storage/OrgUnitRepository.h"
#include "storage/RecordColumns.h"
#include "storage/Sql.h"
#include "storage/WriteStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace wushe::storage {

namespace {


const QString kColumns = QStringLiteral(
    "id_number, name, name_key, sex, birth_date, ethnicity, phone, address, id_reversed, phone_reversed");

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}

QVariantMap personBinds(const Person& person)
{
    return {{QStringLiteral(":id_number"), person.idNumber},
            {QStringLiteral(":name"), person.name},
            {QStringLiteral(":name_key"), rules::pinyinKey(person.name)},
            {QStringLiteral(":sex"), kSexes.key(person.sex)},
            {QStringLiteral(":birth_date"), person.birthDate.toString(Qt::ISODate)},
            {QStringLiteral(":ethnicity"), person.ethnicity},
            {QStringLiteral(":phone"), person.phone},
            {QStringLiteral(":address"), person.address},
            {QStringLiteral(":id_reversed"), reversed(person.idNumber)},
            {QStringLiteral(":phone_reversed"), reversed(person.phone)}};
}

} // namespace

QStringList PersonRepository::nameGrams(const QString& name)
{
    QStringList grams;
    for (qsizetype i = 0; i < name.size(); ++i) {
        grams << name.mid(i, 1);
        if (i + 1 < name.size())
            grams << name.mid(i, 2);
    }
    grams.removeDuplicates();
    return grams;
}

Result<void> PersonRepository::validate(Person& person) const
{
    auto id = rules::IdNumber::parse(person.idNumber, m_context.clock->today());
    if (!id)
        return std::unexpected(id.error());
    person.idNumber = id->text();
    person.birthDate = id->birthDate();
    person.sex = id->sex() == rules::Sex::Male ? Sex::Male : Sex::Female;
    person.name = person.name.simplified().remove(u' ');
    if (person.name.isEmpty())
        return fail(QStringLiteral("person.name"), QCoreApplication::translate("PersonRepository", "姓名不能为空"));
    if (person.name.size() > 30)
        return fail(QStringLiteral("person.name"), QCoreApplication::translate("PersonRepository", "姓名过长（最多30个字）"));
    auto phone = rules::checkPhoneNumber(person.phone);
    if (!phone)
        return std::unexpected(phone.error());
    person.phone = *phone;
    person.address = person.address.trimmed();
    person.ethnicity = person.ethnicity.trimmed();
    auto village = isVillage(person.meta.orgCode);
    if (!village)
        return std::unexpected(village.error());
    if (!*village)
        return fail(QStringLiteral("person.org"), QCoreApplication::translate("PersonRepository", "请选择本辖区内的村（社区）"));
    return {};
}

Result<bool> PersonRepository::isVillage(const QString& code) const
{
    if (BulkSession* session = BulkSession::of(m_db)) // an import: the units are held in memory
        return session->isVillage(code);
    auto org = OrgUnitRepository(m_db).find(code);
    if (!org)
        return std::unexpected(org.error());
    return *org && (*org)->level == OrgLevel::Village;
}

Result<bool> PersonRepository::addOrLink(Person& person)
{
    if (auto ok = validate(person); !ok)
        return std::unexpected(ok.error());
    auto existing = findByIdNumber(person.idNumber);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        Person stored = **existing;
        if (stored.name != person.name) {
            return fail(QStringLiteral("person.name_mismatch"),
                        QCoreApplication::translate("PersonRepository", "身份号码%1已登记为“%2”，与“%3”不一致，请核对").arg(person.idNumber, stored.name, person.name));
        }
        // Newer contact details win; an empty field never erases a known one.
        const bool changed = (!person.phone.isEmpty() && person.phone != stored.phone)
                             || (!person.address.isEmpty() && person.address != stored.address)
                             || (!person.ethnicity.isEmpty() && person.ethnicity != stored.ethnicity);
        if (changed) {
            if (!person.phone.isEmpty())
                stored.phone = person.phone;
            if (!person.address.isEmpty())
                stored.address = person.address;
            if (!person.ethnicity.isEmpty())
                stored.ethnicity = person.ethnicity;
            if (auto ok = update(stored); !ok)
                return std::unexpected(ok.error());
        }
        person = stored;
        return true;
    }
    RecordMeta meta = person.meta;
    RecordColumns::stampNew(meta, m_context);
    if (auto ok = RecordColumns::insert(m_db, QStringLiteral("person"), kColumns, meta, personBinds(person)); !ok)
        return std::unexpected(ok.error());
    person.meta = meta;
    if (BulkSession* session = BulkSession::of(m_db))
        session->notePerson(person.idNumber);
    if (auto ok = writeNameIndex(person, {}); !ok)
        return std::unexpected(ok.error());
    return false;
}

Result<void> PersonRepository::update(Person& person)
{
    if (auto ok = validate(person); !ok)
        return ok;
    auto stored = findById(person.meta.id);
    if (!stored)
        return std::unexpected(stored.error());
    const QString previousName = *stored ? (*stored)->name : QString();
    const QVariantMap binds = personBinds(person);
    if (auto ok = RecordColumns::update(m_db, QStringLiteral("person"), person.meta, RecordColumns::assignments(kColumns),
                                        binds, m_context);
        !ok)
        return ok;
    if (BulkSession* session = BulkSession::of(m_db))
        session->notePerson(person.idNumber);
    return writeCopies(person, previousName, binds.value(QStringLiteral(":name_key")));
}

Result<void> PersonRepository::refreshDerived(const QString& personId, const QString& previousName)
{
    auto person = findById(personId);
    if (!person)
        return std::unexpected(person.error());
    if (!*person)
        return {};
    const QVariantMap binds = personBinds(**person);
    if (auto ok = execWrite(m_db, QStringLiteral("UPDATE person SET name_key = :name_key, id_reversed = :id_reversed, "
                                                 "phone_reversed = :phone_reversed WHERE id = :id"),
                            {{QStringLiteral(":name_key"), binds.value(QStringLiteral(":name_key"))},
                             {QStringLiteral(":id_reversed"), binds.value(QStringLiteral(":id_reversed"))},
                             {QStringLiteral(":phone_reversed"), binds.value(QStringLiteral(":phone_reversed"))},
                             {QStringLiteral(":id"), personId}},
                            QStringLiteral("refresh person keys"));
        !ok)
        return std::unexpected(ok.error());
    return writeCopies(**person, previousName, binds.value(QStringLiteral(":name_key")));
}

Result<void> PersonRepository::writeCopies(const Person& person, const QString& previousName, const QVariant& nameKey)
{
    if (previousName != person.name) {
        if (auto ok = writeNameIndex(person, previousName); !ok)
            return ok;
    }
    // Ledger rows keep copies of the sort keys (see migration 003).
    const QVariantMap keys{{QStringLiteral(":name_key"), nameKey},
                           {QStringLiteral(":id_number"), person.idNumber},
                           {QStringLiteral(":birth_date"), person.birthDate.toString(Qt::ISODate)},
                           {QStringLiteral(":person"), person.meta.id}};
    for (const auto& [table, column] : {std::pair{QStringLiteral("elderly_record"), QStringLiteral("person_id")},
                                        std::pair{QStringLiteral("child_record"), QStringLiteral("person_id")},
                                        std::pair{QStringLiteral("relief_household"), QStringLiteral("head_person_id")}}) {
        if (auto ok = execWrite(m_db, QStringLiteral("UPDATE %1 SET name_key = :name_key, id_number = :id_number, "
                                                     "birth_date = :birth_date WHERE %2 = :person")
                                          .arg(table, column),
                                keys, QStringLiteral("refresh ") + table);
            !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

Result<void> PersonRepository::writeNameIndex(const Person& person, const QString& previousName)
{
    // The key is (gram, person_id): deleting by person_id alone would scan the whole
    // index on every save, so the previous name's grams are deleted one by one.
    const QString clear = QStringLiteral("DELETE FROM person_name_index WHERE gram = :gram AND person_id = :person");
    for (const QString& gram : nameGrams(previousName)) {
        if (auto ok = execWrite(m_db, clear, {{QStringLiteral(":gram"), gram}, {QStringLiteral(":person"), person.meta.id}},
                                QStringLiteral("clear name index"));
            !ok)
            return std::unexpected(ok.error());
    }
    const QString insert = QStringLiteral("INSERT INTO person_name_index (gram, person_id) VALUES (:gram, :person)");
    for (const QString& gram : nameGrams(person.name)) {
        if (auto ok = execWrite(m_db, insert, {{QStringLiteral(":gram"), gram}, {QStringLiteral(":person"), person.meta.id}},
                                QStringLiteral("name index"));
            !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

QString PersonRepository::selectColumns(const QString& alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    QStringList columns;
    for (const char* column : {"id_number", "name", "sex", "birth_date", "ethnicity", "phone", "address"})
        columns << prefix + QLatin1String(column);
    return RecordColumns::names(alias) + QStringLiteral(", ") + columns.join(QStringLiteral(", "));
}

Person PersonRepository::read(const QSqlQuery& query, int first)
{
    Person person;
    person.meta = RecordColumns::read(query, first);
    person.idNumber = query.value(first + 7).toString();
    person.name = query.value(first + 8).toString();
    person.sex = kSexes.fromKey(query.value(first + 9).toString()).value_or(Sex::Male);
    person.birthDate = QDate::fromString(query.value(first + 10).toString(), Qt::ISODate);
    person.ethnicity = query.value(first + 11).toString();
    person.phone = query.value(first + 12).toString();
    person.address = query.value(first + 13).toString();
    return person;
}

Result<QList<Person>> PersonRepository::select(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT %1 FROM person WHERE %2").arg(selectColumns(), where)); !ok)
        return std::unexpected(ok.error());
    RecordColumns::bindAll(query, binds);
    if (auto ok = exec(query, QStringLiteral("select person")); !ok)
        return std::unexpected(ok.error());
    QList<Person> people;
    while (query.next())
        people.append(read(query, 0));
    return people;
}

Result<std::optional<Person>> PersonRepository::selectOne(const QString& where, const QVariantMap& binds) const
{
    auto people = select(where, binds);
    if (!people)
        return std::unexpected(people.error());
    return people->isEmpty() ? std::optional<Person>{} : std::optional<Person>{people->first()};
}

Result<std::optional<Person>> PersonRepository::findById(const QString& id) const
{
    return selectOne(QStringLiteral("id = :id"), {{QStringLiteral(":id"), id}});
}

Result<std::optional<Person>> PersonRepository::findByIdNumber(const QString& idNumber) const
{
    if (const BulkSession* session = BulkSession::of(m_db); session && session->hasNoLivePerson(idNumber))
        return std::optional<Person>{};
    return selectOne(QStringLiteral("id_number = :id_number AND deleted = 0"), {{QStringLiteral(":id_number"), idNumber}});
}

Result<QSet<QString>> PersonRepository::liveIdNumbers(const QSqlDatabase& db, const QStringList& among)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = prepare(query, QStringLiteral("SELECT id_number FROM person WHERE deleted = 0 "
                                                "AND id_number IN (SELECT value FROM json_each(:ids))"));
        !ok)
        return std::unexpected(ok.error());
    query.bindValue(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(among)).toJson(QJsonDocument::Compact)));
    if (auto ok = exec(query, QStringLiteral("live ID numbers")); !ok)
        return std::unexpected(ok.error());
    QSet<QString> live;
    while (query.next())
        live.insert(query.value(0).toString());
    return live;
}

Result<QStringList> PersonRepository::ledgersOf(const QString& personId) const
{
    QStringList ledgers;
    const QList<std::pair<Ledger, QString>> checks{
        {Ledger::Elderly, QStringLiteral("SELECT count(*) FROM elderly_record WHERE person_id = :p AND deleted = 0")},
        {Ledger::Child, QStringLiteral("SELECT count(*) FROM child_record WHERE person_id = :p AND deleted = 0")},
        {Ledger::Relief, QStringLiteral("SELECT count(*) FROM relief_member WHERE person_id = :p AND deleted = 0")}};
    for (const auto& [ledger, sql] : checks) {
        auto count = scalarInt(m_db, sql, {{QStringLiteral(":p"), personId}});
        if (!count)
            return std::unexpected(count.error());
        if (*count > 0)
            ledgers << kLedgers.label(ledger);
    }
    return ledgers;
}

} // namespace wushe::storage
