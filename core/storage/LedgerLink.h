#pragma once

#include <QStringList>

namespace wushe::storage {

// What adding a person to a ledger found out about them, for the user:
// "已关联到已有人员（同时在：社会救助台账）".
struct LedgerLink
{
    bool linkedExistingPerson = false;
    QStringList otherLedgers; // labels of the other ledgers the person is in
};

} // namespace wushe::storage
