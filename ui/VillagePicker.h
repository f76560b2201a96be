#pragma once

#include "UnitPicker.h"

namespace wushe::ui {

// Picks a village/community of the database's jurisdiction: "许庄镇 / 光华社区居委会".
// Editable, matching any part of the name, because a city holds thousands.
class VillagePicker : public UnitPicker
{
    Q_OBJECT
public:
    explicit VillagePicker(QSqlDatabase db, QWidget* parent = nullptr) : UnitPicker(std::move(db), OrgLevel::Village, parent)
    {
    }
};

} // namespace wushe::ui
