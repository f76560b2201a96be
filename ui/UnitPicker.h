#pragma once

#include "domain/OrgUnit.h"

#include <QComboBox>
#include <QSqlDatabase>

namespace wushe::ui {

// Picks any division of the database's jurisdiction from `highest` level down to the
// villages: "大荔县", "许庄镇", "许庄镇 / 光华社区居委会". Editable, matching any part of
// the name, because a city holds thousands.
class UnitPicker : public QComboBox
{
    Q_OBJECT
public:
    UnitPicker(QSqlDatabase db, OrgLevel highest, QWidget* parent = nullptr);

    QString orgCode() const;
    bool setOrgCode(const QString& code);
};

} // namespace wushe::ui
