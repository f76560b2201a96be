#pragma once

#include "rules/IdNumber.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace wushe::demo {

// Plausible personal data for demo databases, drawn from a seeded generator so
// that the same seed gives the same people.
class ChineseNames
{
public:
    explicit ChineseNames(QRandomGenerator& random) : m_random(random) {}

    // Surname weighted by frequency; about 40 % have a one-character given name
    // (two-character names are common and must be searchable).
    QString fullName(rules::Sex sex);
    // The same, in a given family: children take their father's surname.
    QString fullName(rules::Sex sex, const QString& familyName);
    QString surname();
    // A surname other than `notThis` (a wife, a mother's family): usually differs.
    QString otherSurname(const QString& notThis);
    QString givenName(rules::Sex sex);
    QString mobilePhone();
    // A valid 18-digit number for the region (6-digit code), birth date and sex.
    QString idNumber(const QString& regionCode, QDate birthDate, rules::Sex sex);
    rules::Sex anySex();
    QDate dateBetween(QDate from, QDate to);
    // Random version-4 UUID from the seeded generator (QUuid's own is not seedable).
    QString uuid();

private:
    QRandomGenerator& m_random;
};

} // namespace wushe::demo
