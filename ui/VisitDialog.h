#pragma once

#include "Clock.h"
#include "domain/Visit.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace wushe::ops {
class Operations;
}

namespace wushe::ui {

// Records one visit, household check (入户核查, two investigators or more) or
// review of a ledger record. A refused save keeps everything typed.
class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    VisitDialog(ops::Operations& ops, Ledger ledger, QString subjectId, const QString& subjectName,
                QWidget* parent = nullptr);

    void setKind(VisitKind kind);
    void setDate(QDate date);
    // Visitor rows as typed (blank names are ignored on save).
    void setVisitors(const QList<Visitor>& visitors);
    void setFindings(const QString& text);
    bool save();
    QString errorText() const;
    Visit visit() const;

private:
    void addVisitorRow(const Visitor& visitor = {});

    ops::Operations& m_ops;
    Visit m_visit;
    QDateEdit* m_date;
    QComboBox* m_mode;
    QComboBox* m_kind;
    QTableWidget* m_visitors;
    QPlainTextEdit* m_findings;
    QPlainTextEdit* m_actions;
    QComboBox* m_referral;
    QLineEdit* m_referralNote;
    QLabel* m_error;
};

} // namespace wushe::ui
