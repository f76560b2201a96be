#include "report/LedgerColumns.h"

#include "domain/Money.h"
#include "rules/Masking.h"
#include "rules/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>

namespace wushe::report {

namespace {
} // namespace

QList<LedgerColumn> ledgerColumns(Ledger ledger)
{
    using C = LedgerColumn;
    if (ledger == Ledger::Relief)
        return {C::Name, C::IdNumber, C::Village, C::Categories, C::HouseholdSize, C::Amount, C::RiskOrStatus,
                C::Phone, C::LastVisit, C::NextDue};
    return {C::Name, C::Sex, C::Age, C::IdNumber, C::Village, C::Categories, C::RiskOrStatus, C::Phone,
            C::LastVisit, C::NextDue};
}

QString ledgerColumnHeader(Ledger ledger, LedgerColumn column)
{
    const bool relief = ledger == Ledger::Relief;
    switch (column) {
    case LedgerColumn::Name: return relief ? QCoreApplication::translate("LedgerColumns", "户主") : QCoreApplication::translate("LedgerColumns", "姓名");
    case LedgerColumn::Sex: return QCoreApplication::translate("LedgerColumns", "性别");
    case LedgerColumn::Age: return QCoreApplication::translate("LedgerColumns", "年龄");
    case LedgerColumn::IdNumber: return QCoreApplication::translate("LedgerColumns", "身份证号");
    case LedgerColumn::Village: return QCoreApplication::translate("LedgerColumns", "村（社区）");
    case LedgerColumn::Categories: return relief ? QCoreApplication::translate("LedgerColumns", "救助类别") : QCoreApplication::translate("LedgerColumns", "类别");
    case LedgerColumn::RiskOrStatus: return relief ? QCoreApplication::translate("LedgerColumns", "状态") : QCoreApplication::translate("LedgerColumns", "风险等级");
    case LedgerColumn::HouseholdSize: return QCoreApplication::translate("LedgerColumns", "户人数");
    case LedgerColumn::Amount: return QCoreApplication::translate("LedgerColumns", "月保障金额（元）");
    case LedgerColumn::Phone: return QCoreApplication::translate("LedgerColumns", "联系电话");
    case LedgerColumn::LastVisit: return relief ? QCoreApplication::translate("LedgerColumns", "上次核查") : QCoreApplication::translate("LedgerColumns", "上次探访");
    case LedgerColumn::NextDue: return relief ? QCoreApplication::translate("LedgerColumns", "下次复核") : QCoreApplication::translate("LedgerColumns", "下次应访");
    }
    return {};
}

QString ledgerCellText(const storage::LedgerRow& row, LedgerColumn column, bool reveal)
{
    switch (column) {
    case LedgerColumn::Name: return row.name;
    case LedgerColumn::Sex: return kSexes.label(row.sex);
    case LedgerColumn::Age: return QString::number(row.age);
    case LedgerColumn::IdNumber: return reveal ? row.idNumber : rules::maskIdNumber(row.idNumber);
    case LedgerColumn::Village: return row.villageName;
    case LedgerColumn::Categories: return row.categories;
    case LedgerColumn::RiskOrStatus: return row.riskOrStatus;
    case LedgerColumn::HouseholdSize: return QString::number(row.householdSize);
    case LedgerColumn::Amount: return formatYuan(row.monthlyAmountFen);
    case LedgerColumn::Phone: return reveal ? row.phone : rules::maskPhoneNumber(row.phone);
    case LedgerColumn::LastVisit: return row.lastVisit.isValid() ? row.lastVisit.toString(Qt::ISODate) : QCoreApplication::translate("LedgerColumns", "未访");
    case LedgerColumn::NextDue:
        return row.overdue ? QCoreApplication::translate("LedgerColumns", "%1（逾期）").arg(row.nextDue.toString(Qt::ISODate)) : row.nextDue.toString(Qt::ISODate);
    }
    return {};
}

} // namespace wushe::report
