#pragma once

#include "domain/Visit.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wushe::ops {
class Operations;
}

namespace wushe::ui {

// A record's visits, newest first, with 添加探访 for the record shown. Follows
// changes to the record's visits (an undo too) while it is open.
class VisitHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VisitHistoryPanel(ops::Operations& ops, QWidget* parent = nullptr);

    // An unsaved record has no history yet: the panel says so and cannot add.
    void setSubject(Ledger ledger, const QString& subjectId, const QString& subjectName);
    void reload();
    int visitCount() const;
    QTableWidget* table() const { return m_table; }

signals:
    void visitAdded();

private:
    void addVisit();

    ops::Operations& m_ops;
    Ledger m_ledger = Ledger::Elderly;
    QString m_subjectId;
    QString m_subjectName;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_add;
};

} // namespace wushe::ui
