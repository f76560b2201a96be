#pragma once

#include "Error.h"
#include "domain/Volunteer.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// Volunteer teams, volunteers (people by ID number, shared with the ledgers) and
// their service records (志愿服务记录).
class VolunteerRepository
{
public:
    VolunteerRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    Result<void> addTeam(VolunteerTeam& team);
    Result<void> updateTeam(VolunteerTeam& team);
    Result<void> removeTeam(VolunteerTeam& team); // tombstone; refused while it has live members
    Result<std::optional<VolunteerTeam>> findTeam(const QString& id) const;
    Result<QList<VolunteerTeam>> teams(const QString& underCode) const;

    // Returns true when the person already existed (linked). One live volunteer
    // row per person.
    Result<bool> add(Volunteer& volunteer);
    Result<void> update(Volunteer& volunteer);
    Result<void> remove(Volunteer& volunteer); // tombstone
    Result<std::optional<Volunteer>> find(const QString& id) const;
    // Live volunteers under the division registered in [from, to] (null: open).
    Result<QList<Volunteer>> list(const QString& underCode, QDate from = {}, QDate to = {}) const;

    Result<void> addService(VolunteerService& service);
    Result<void> updateService(VolunteerService& service);
    Result<void> removeService(VolunteerService& service); // tombstone
    Result<std::optional<VolunteerService>> findService(const QString& id) const;
    Result<QList<VolunteerService>> servicesOf(const QString& volunteerId) const;
    // Live service records done under the division in [from, to], by date.
    Result<QList<VolunteerService>> services(const QString& underCode, QDate from, QDate to) const;
    // Their total minutes (hours = minutes / 60).
    Result<qint64> serviceMinutes(const QString& underCode, QDate from, QDate to) const;

private:
    Result<void> validate(const VolunteerTeam& team) const;
    Result<void> validate(Volunteer& volunteer) const;
    Result<void> validate(const VolunteerService& service) const;
    Result<QList<Volunteer>> selectVolunteers(const QString& where, const QVariantMap& binds) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
