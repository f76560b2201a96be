#pragma once

#include <QDate>

namespace wushe::exchange {

// A ledger record with what the list shows about its visits (export only).
template <typename Record>
struct Listed
{
    Record record;
    QDate lastVisit;
    QDate nextDue;
};

} // namespace wushe::exchange
