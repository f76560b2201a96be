#pragma once

#include "Clock.h"
#include "domain/Visit.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace wushe::ui {

// A record's visits, newest first, with 添加探访 for the record shown.
class VisitHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    VisitHistoryPanel(QSqlDatabase db, const Clock& clock, QString user, QWidget* parent = nullptr);

    // An unsaved record has no history yet: the panel says so and cannot add.
    void setSubject(Ledger ledger, const QString& subjectId, const QString& subjectName);
    void reload();
    int visitCount() const;
    QTableWidget* table() const { return m_table; }

signals:
    void visitAdded();

private:
    void addVisit();

    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_user;
    Ledger m_ledger = Ledger::Elderly;
    QString m_subjectId;
    QString m_subjectName;
    QTableWidget* m_table;
    QLabel* m_summary;
    QPushButton* m_add;
};

} // namespace wushe::ui
