#pragma once

#include "Clock.h"
#include "Error.h"
#include "domain/OrgUnit.h"
#include "quarterly/ReportData.h"
#include "quarterly/StoredReport.h"

#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace wushe::ops {
struct Change;
class Operations;
}

namespace wushe::ui {

class UserPrompts;

// 季度报告: the jurisdiction's quarterly report — figures (this quarter, last
// quarter, 环比; double-click for the records behind one), targets missed, the
// header and narrative to write, and the status buttons 保存 → 审核通过 → 报送
// (frozen afterwards; 新建修订版 to correct it), print preview, PDF, Excel and the
// upward package. A city's database shows its counties' figures added up. The
// figures follow changes to the records (recomputed when the page is shown); the
// text being written stays as typed.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    ReportPage(ops::Operations& ops, UserPrompts& prompts, QWidget* parent = nullptr);

    void setJurisdiction(const OrgUnit& unit, const QString& reportingUnit);
    void setQuarter(const quarterly::Quarter& quarter);
    void reload();

    // For tests and the main window.
    QTableWidget* figuresTable() const { return m_figures; }
    QString statusText() const;
    QString scheduleText() const; // due / late / submitted for the last quarters (a city: its counties)
    const quarterly::ReportData& data() const { return m_data; }
    // The figures wait for the page to be shown after a change touched them.
    bool figuresStale() const { return m_stale; }
    bool save();
    bool review();
    bool submit();
    bool amend();
    QPlainTextEdit* section(int index) const; // 0 经验做法 … 3 下季度计划
    QLineEdit* headerField(int index) const;  // 0 填报单位, 1 单位负责人, 2 审核人, 3 填表人, 4 联系电话, 5 报出日期

protected:
    void showEvent(QShowEvent* event) override;

private:
    void followChange(const ops::Change& change);
    Result<quarterly::ReportData> compute(const quarterly::Quarter& quarter) const;
    void refreshFigures();
    void showData();
    void showFields();
    quarterly::ReportText textFromFields() const;
    void updateButtons();
    void preview();
    void exportPdf();
    void exportXlsx();
    void exportPackage();
    void drillDown(int row);
    void importPackages();
    void showSchedule();
    bool isRollup() const;
    bool failed(const QString& what, const Error& error);

    ops::Operations& m_ops;
    QSqlDatabase m_db; // reads; writes go through m_ops
    const Clock& m_clock;
    UserPrompts& m_prompts;
    bool m_stale = false;
    OrgUnit m_unit;
    QString m_reportingUnit;
    quarterly::ReportData m_data;
    quarterly::ReportText m_text;
    std::optional<quarterly::StoredReport> m_stored;

    QComboBox* m_quarter;
    QLabel* m_status;
    QLabel* m_schedule;
    QTableWidget* m_figures;
    QListWidget* m_flags;
    QList<QLineEdit*> m_header;
    QList<QPlainTextEdit*> m_sections;
    QPushButton* m_save;
    QPushButton* m_review;
    QPushButton* m_submit;
    QPushButton* m_amend;
    QPushButton* m_output; // 打印/导出 menu
    QAction* m_package;
    QAction* m_import;
};

} // namespace wushe::ui
