#include "DashboardPage.h"

#include "operations/ChangeNotifier.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

namespace wushe::ui {

namespace {

QChart* newChart(const QString& title, QWidget* parent, QGridLayout* grid, int row, int column, int rowSpan = 1,
                 int columnSpan = 1)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = parent->font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setFont(parent->font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    grid->addWidget(view, row, column, rowSpan, columnSpan);
    return chart;
}

// A bar chart of `sets` over `categories`, replacing what the chart showed. Long lists
// of names (townships, villages) lie horizontally so every name stays readable.
void setBars(QChart* chart, const QStringList& categories, const QList<QBarSet*>& sets, const QFont& font,
             Qt::Orientation orientation = Qt::Vertical)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis);
    QAbstractBarSeries* series = orientation == Qt::Vertical ? static_cast<QAbstractBarSeries*>(new QBarSeries)
                                                             : new QHorizontalBarSeries;
    qreal highest = 0;
    for (QBarSet* set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            highest = std::max(highest, set->at(i));
    }
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setLabelsFont(font);
    auto* values = new QValueAxis;
    values->setRange(0, highest > 0 ? highest : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setLabelsFont(font);
    const bool vertical = orientation == Qt::Vertical;
    chart->addAxis(names, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(values, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    chart->legend()->setVisible(sets.size() > 1);
}

QBarSet* barSet(const QString& label, const QList<qreal>& values, const QColor& color)
{
    auto* set = new QBarSet(label);
    for (qreal value : values)
        set->append(value);
    set->setColor(color);
    return set;
}

} // namespace

DashboardPage::DashboardPage(QSqlDatabase db, const Clock& clock, ops::ChangeNotifier* notifier, QWidget* parent)
    : QWidget(parent), m_db(std::move(db)), m_clock(clock), m_heading(new QLabel(this)), m_error(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("dashboardHeading"));
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    // The charts keep a readable size; on a small screen (1024×768) the grid scrolls.
    auto* charts = new QWidget(this);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_stations = newChart(tr("乡镇（街道）社工站规范建设"), charts, grid, 0, 0);
    m_visits = newChart(tr("待访与本季度已访"), charts, grid, 0, 1);
    m_organizations = newChart(tr("社区社会组织数与目标"), charts, grid, 0, 2, 2, 1);
    m_activities = newChart(tr("本季度服务活动（按服务领域）"), charts, grid, 1, 0);
    m_volunteers = newChart(tr("志愿服务时长（小时，近12个月）"), charts, grid, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    if (notifier)
        connect(notifier, &ops::ChangeNotifier::changed, this, &DashboardPage::followChange);
}

void DashboardPage::followChange(const ops::Change& change)
{
    if (m_loadedUnit.isEmpty() || !change.touchesUnit(m_unit))
        return;
    if (QSet<QString>(change.tables).subtract({QStringLiteral("quarterly_report")}).isEmpty())
        return;
    if (isVisible())
        reload();
    else
        m_loadedUnit.clear(); // read again when shown
}

void DashboardPage::setUnit(const QString& orgCode, const QString& unitName)
{
    m_unit = orgCode;
    m_unitName = unitName;
    if (isVisible())
        reload();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadedUnit != m_unit)
        reload();
}

QString DashboardPage::errorText() const
{
    return m_error->text();
}

void DashboardPage::reload()
{
    if (m_unit.isEmpty())
        return;
    auto figures = org::DashboardFigures::load(m_db, m_unit, m_clock.today());
    m_loadedUnit = m_unit;
    if (!figures) {
        m_error->setText(figures.error().message);
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    m_figures = *figures;
    draw();
}

void DashboardPage::draw()
{
    const org::DashboardFigures& f = m_figures;
    m_heading->setText(tr("%1 数据看板 · 截至 %2 · 本季度自 %3")
                           .arg(m_unitName, f.day.toString(Qt::ISODate), f.quarterFrom.toString(Qt::ISODate)));
    const QFont labels = font();

    m_stations->removeAllSeries();
    auto* pie = new QPieSeries;
    pie->append(tr("已规范建设 %1").arg(f.stationsStandardized), f.stationsStandardized)->setColor(QColor(0x2e, 0x7d, 0x32));
    pie->append(tr("未达标 %1").arg(f.stationsNotStandardized), f.stationsNotStandardized)->setColor(QColor(0xc6, 0x28, 0x28));
    pie->setPieSize(0.8);
    m_stations->addSeries(pie);
    m_stations->legend()->setVisible(true);

    QStringList parts;
    QList<qreal> organizations;
    QList<qreal> targets;
    for (const auto& bar : f.organizations) {
        parts << bar.name;
        organizations << bar.organizations;
        targets << bar.target;
    }
    setBars(m_organizations, parts,
            {barSet(tr("社区社会组织"), organizations, QColor(0x15, 0x65, 0xc0)),
             barSet(tr("目标（城市社区10个、农村5个）"), targets, QColor(0xbd, 0xbd, 0xbd))},
            labels, Qt::Horizontal);

    QStringList domains;
    QList<qreal> activities;
    for (const auto& count : f.activitiesByDomain) {
        domains << kServiceDomains.label(count.domain);
        activities << count.activities;
    }
    setBars(m_activities, domains, {barSet(tr("活动次数"), activities, QColor(0x6a, 0x1b, 0x9a))}, labels,
            Qt::Horizontal);

    QStringList months;
    QList<qreal> hours;
    for (const auto& month : f.volunteerMinutes) {
        months << QString::number(month.month.month());
        hours << month.minutes / 60.0;
    }
    setBars(m_volunteers, months, {barSet(tr("小时"), hours, QColor(0xef, 0x6c, 0x00))}, labels);
    for (QAbstractAxis* axis : m_volunteers->axes(Qt::Horizontal))
        axis->setTitleText(tr("月份"));

    QStringList ledgers;
    QList<qreal> due;
    QList<qreal> done;
    for (const auto& bar : f.visits) {
        ledgers << kLedgers.label(bar.ledger).remove(tr("台账"));
        due << bar.due;
        done << bar.done;
    }
    setBars(m_visits, ledgers,
            {barSet(tr("待访（含逾期）"), due, QColor(0xc6, 0x28, 0x28)),
             barSet(tr("本季度已访"), done, QColor(0x2e, 0x7d, 0x32))},
            labels);
}

} // namespace wushe::ui
