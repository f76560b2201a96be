#pragma once

#include <QComboBox>
#include <QSqlDatabase>

namespace wushe::ui {

// Picks a village/community of the database's jurisdiction: "许庄镇 / 光华社区居委会".
// Editable, matching any part of the name, because a city holds thousands.
class VillagePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit VillagePicker(QSqlDatabase db, QWidget* parent = nullptr);

    QString orgCode() const;
    bool setOrgCode(const QString& code);
};

} // namespace wushe::ui
