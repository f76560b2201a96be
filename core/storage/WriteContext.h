#pragma once

#include "Clock.h"

#include <QString>

namespace wushe::storage {

// Who writes and when: stamped into updated_by / updated_at of every change.
struct WriteContext
{
    QString user;
    const Clock* clock = nullptr;

    QDateTime now() const { return clock->now().toUTC(); }
};

} // namespace wushe::storage
