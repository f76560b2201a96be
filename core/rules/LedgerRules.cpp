#include "rules/LedgerRules.h"

#include "rules/PhoneNumber.h"

#include <QCoreApplication>
#include <QSet>

namespace wushe::rules {

namespace {


Result<void> checkRegistration(QDate registeredOn, QDate today)
{
    if (!registeredOn.isValid())
        return fail(QStringLiteral("ledger.registered_on"), QCoreApplication::translate("LedgerRules", "请填写登记日期"));
    if (registeredOn > today)
        return fail(QStringLiteral("ledger.registered_on"), QCoreApplication::translate("LedgerRules", "登记日期不能晚于今天"));
    return {};
}

} // namespace

int ageOn(QDate birth, QDate day)
{
    int age = day.year() - birth.year();
    // Birthday not yet reached this year (Feb 29 counts as reached on Mar 1).
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

Result<void> checkElderly(const ElderlyRecord& record, QDate today)
{
    if (auto ok = checkRegistration(record.registeredOn, today); !ok)
        return ok;
    if (record.categories == 0)
        return fail(QStringLiteral("elderly.categories"), QCoreApplication::translate("LedgerRules", "请至少选择一个老年人类别"));
    const int age = ageOn(record.person.birthDate, record.registeredOn);
    if (age < 60)
        return fail(QStringLiteral("elderly.age"), QCoreApplication::translate("LedgerRules", "登记时%1岁，老年人台账只登记60岁及以上的老人").arg(age));
    if (record.has(ElderlyCategory::VeryOld) && age < 80)
        return fail(QStringLiteral("elderly.very_old"), QCoreApplication::translate("LedgerRules", "“高龄”指80岁及以上，登记时%1岁").arg(age));
    if (auto phone = checkPhoneNumber(record.supporterPhone); !phone)
        return std::unexpected(phone.error());
    return {};
}

Result<void> checkChild(const ChildRecord& record, QDate today)
{
    if (auto ok = checkRegistration(record.registeredOn, today); !ok)
        return ok;
    if (record.categories == 0)
        return fail(QStringLiteral("child.categories"), QCoreApplication::translate("LedgerRules", "请至少选择一个儿童类别"));
    const int age = ageOn(record.person.birthDate, record.registeredOn);
    if (age < 0)
        return fail(QStringLiteral("child.age"), QCoreApplication::translate("LedgerRules", "登记日期早于出生日期"));
    if (record.has(ChildCategory::LeftBehind) && age >= 16)
        return fail(QStringLiteral("child.age"), QCoreApplication::translate("LedgerRules", "留守儿童指不满16周岁的未成年人，登记时%1岁").arg(age));
    if (age >= 18)
        return fail(QStringLiteral("child.age"), QCoreApplication::translate("LedgerRules", "儿童台账只登记不满18周岁的未成年人，登记时%1岁").arg(age));
    for (const QString& phone : {record.guardianPhone, record.fatherPhone, record.motherPhone})
        if (auto checked = checkPhoneNumber(phone); !checked)
            return std::unexpected(checked.error());
    return {};
}

Result<void> checkRelief(const ReliefHousehold& household, QDate today)
{
    if (auto ok = checkRegistration(household.registeredOn, today); !ok)
        return ok;
    if (household.members.isEmpty() || household.members.first().relationship != Relationship::Head)
        return fail(QStringLiteral("relief.head"), QCoreApplication::translate("LedgerRules", "请先填写户主"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < household.members.size(); ++i) {
        const ReliefMember& member = household.members.at(i);
        if (i > 0 && member.relationship == Relationship::Head)
            return fail(QStringLiteral("relief.head"), QCoreApplication::translate("LedgerRules", "一户只能有一位户主"));
        if (ids.contains(member.person.idNumber))
            return fail(QStringLiteral("relief.duplicate_member"),
                        QCoreApplication::translate("LedgerRules", "身份号码%1在本户中出现了两次").arg(member.person.idNumber));
        ids.insert(member.person.idNumber);
    }
    if (household.monthlyAmountFen < 0)
        return fail(QStringLiteral("relief.amount"), QCoreApplication::translate("LedgerRules", "月保障金额不能为负数"));
    if (!household.startOn.isValid())
        return fail(QStringLiteral("relief.start_on"), QCoreApplication::translate("LedgerRules", "请填写起保日期"));
    if (household.startOn > today)
        return fail(QStringLiteral("relief.start_on"), QCoreApplication::translate("LedgerRules", "起保日期不能晚于今天"));
    if (isTekun(household.category) && household.selfCare == SelfCare::NotAssessed)
        return fail(QStringLiteral("relief.self_care"), QCoreApplication::translate("LedgerRules", "特困供养人员须评定生活自理能力"));
    return {};
}

} // namespace wushe::rules
