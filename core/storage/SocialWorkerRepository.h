#pragma once

#include "Error.h"
#include "domain/SocialWorker.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// Social workers and community workers in their posts. The person is added or
// linked by ID number (PersonRepository::addOrLink), so a social worker who is
// also in a ledger, a volunteer or a trainee is one person.
class SocialWorkerRepository
{
public:
    SocialWorkerRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Stores the post; returns true when the person already existed (linked).
    // A person has at most one current post (end_on empty).
    Result<bool> add(SocialWorker& worker);
    Result<void> update(SocialWorker& worker);
    Result<void> remove(SocialWorker& worker); // tombstone

    Result<std::optional<SocialWorker>> find(const QString& id) const;
    // Live posts under the division held at any time in [from, to] (no period when
    // the dates are null), by division then start date.
    Result<QList<SocialWorker>> list(const QString& underCode, QDate from = {}, QDate to = {}) const;
    // Live posts of a station or room active on `day`.
    Result<QList<SocialWorker>> atUnit(const QString& serviceUnitId, QDate day) const;

private:
    Result<void> validate(SocialWorker& worker) const;
    Result<void> checkOneCurrentPost(const SocialWorker& worker) const;
    Result<QList<SocialWorker>> select(const QString& where, const QVariantMap& binds) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
