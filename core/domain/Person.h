#pragma once

#include "domain/EnumTable.h"
#include "domain/RecordMeta.h"

#include <QDate>

namespace wushe {

enum class Sex { Male, Female };

inline constexpr EnumTable<Sex, 2> kSexes{
    "Person", {{{Sex::Male, "male", QT_TRANSLATE_NOOP("Person", "男")},
                {Sex::Female, "female", QT_TRANSLATE_NOOP("Person", "女")}}}};

// One person, identified by the 公民身份号码 across every ledger. meta.orgCode is
// the village/community the person lives in. Birth date and sex derive from the ID.
struct Person
{
    RecordMeta meta;
    QString idNumber; // 18 characters, validated and normalised
    QString name;
    Sex sex = Sex::Male;
    QDate birthDate;
    QString ethnicity;
    QString phone;
    QString address;
};

} // namespace wushe
