#pragma once

#include "Clock.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace wushe::ops {
class ChangeNotifier;
struct Change;
}

namespace wushe::ui {

class DueListModel;

// 待访与逾期: who must be visited or reviewed by a date, for the selected unit,
// most overdue first. The date can be any day (plan next week, look back). While
// shown it follows changes to the ledgers and visits.
class DuePage : public QWidget
{
    Q_OBJECT
public:
    DuePage(QSqlDatabase db, const Clock& clock, ops::ChangeNotifier* notifier = nullptr, QWidget* parent = nullptr);

    void setUnit(const QString& orgCode);
    void setDate(QDate day);
    void reload();
    DueListModel* model() const { return m_model; }
    QString summaryText() const;

private:
    void followChange(const ops::Change& change);

    QSqlDatabase m_db;
    QString m_unit;
    QDateEdit* m_date;
    QSpinBox* m_horizon;
    QCheckBox* m_reveal;
    DueListModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
};

} // namespace wushe::ui
