#pragma once

#include "Clock.h"
#include "org/DashboardFigures.h"

#include <QSqlDatabase>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace wushe::ops {
class ChangeNotifier;
struct Change;
}

namespace wushe::ui {

// 数据看板 of the unit selected in the tree: township stations standardized or not,
// community organizations against their targets, this quarter's activities per
// service domain, volunteer hours per month, visits due and done. The figures come
// from org::DashboardFigures; the page only draws them.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(QSqlDatabase db, const Clock& clock, ops::ChangeNotifier* notifier = nullptr,
                  QWidget* parent = nullptr);

    void setUnit(const QString& orgCode, const QString& unitName = {});
    // Reads the figures again (the page does it when shown; tests call it directly).
    void reload();
    const org::DashboardFigures& figures() const { return m_figures; }
    QString errorText() const;

    QChart* stationsChart() const { return m_stations; }
    QChart* organizationsChart() const { return m_organizations; }
    QChart* activitiesChart() const { return m_activities; }
    QChart* volunteerChart() const { return m_volunteers; }
    QChart* visitsChart() const { return m_visits; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void followChange(const ops::Change& change);
    void draw();

    QSqlDatabase m_db;
    const Clock& m_clock;
    QString m_unit;
    QString m_unitName;
    QString m_loadedUnit;
    org::DashboardFigures m_figures;
    QLabel* m_heading;
    QLabel* m_error;
    QChart* m_stations;
    QChart* m_organizations;
    QChart* m_activities;
    QChart* m_volunteers;
    QChart* m_visits;
};

} // namespace wushe::ui
