#pragma once

#include "storage/LedgerQuery.h"

#include <QList>

namespace wushe::report {

// The columns of a ledger list, shared by the on-screen table and the printout so
// both say the same thing in the same order.
enum class LedgerColumn { Name, Sex, Age, IdNumber, Village, Categories, RiskOrStatus, HouseholdSize, Amount, Phone,
                          LastVisit, NextDue };

QList<LedgerColumn> ledgerColumns(Ledger ledger);
QString ledgerColumnHeader(Ledger ledger, LedgerColumn column);
// ID numbers and phones are masked unless `reveal`.
QString ledgerCellText(const storage::LedgerRow& row, LedgerColumn column, bool reveal);

} // namespace wushe::report
