#pragma once

#include "org/UnitOverview.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace wushe::ui {

// The right-hand page for the selected division: what it is, its own service
// unit and staff, the service system below it, and what the database holds.
class UnitOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitOverviewPage(QWidget* parent = nullptr);

    void showOverview(const org::UnitOverview& overview, const QString& path);
    void showError(const QString& message);
    QString text() const; // plain text of the page, for tests and copying

    static QString toHtml(const org::UnitOverview& overview, const QString& path);

private:
    QLabel* m_title;
    QTextBrowser* m_body;
};

} // namespace wushe::ui
