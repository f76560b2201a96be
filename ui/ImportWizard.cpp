#include "ImportWizard.h"

#include "exchange/ExchangeCatalog.h"
#include "exchange/Importer.h"
#include "operations/Operations.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wushe::ui {

ImportWizard::ImportWizard(ops::Operations& ops, const QString& exchangeName, QWidget* parent)
    : QDialog(parent), m_ops(ops), m_path(new QLineEdit(this)),
      m_mapping(new QTableWidget(0, 3, this)), m_allOrNothing(new QRadioButton(tr("全部导入或全部不导入（有一行出错就不导入）"), this)),
      m_validRows(new QRadioButton(tr("只导入无误的行，出错的行另存待改"), this)), m_summary(new QLabel(this)),
      m_rejected(new QTableWidget(0, 2, this)), m_previewButton(new QPushButton(tr("预览"), this)),
      m_importButton(new QPushButton(tr("导入"), this)), m_errorsButton(new QPushButton(tr("保存出错的行…"), this))
{
    auto units = exchange::UnitResolver::load(m_ops.db());
    if (units)
        m_units = std::move(*units);
    else
        m_units.emplace();
    m_exchange = exchange::ExchangeCatalog::make(exchangeName, m_ops.db(), m_ops.context(), &*m_units);
    setWindowTitle(tr("导入%1").arg(m_exchange ? m_exchange->title() : exchangeName));

    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("选择 Excel（.xlsx）或 CSV 文件"));
    auto* browse = new QPushButton(tr("选择文件…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("文件中的列"), tr("示例"), tr("对应台账的列")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_rejected->setObjectName(QStringLiteral("rejected"));
    m_rejected->setHorizontalHeaderLabels({tr("行"), tr("原因")});
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->verticalHeader()->hide();
    m_allOrNothing->setChecked(true);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto* mode = new QGroupBox(tr("导入方式"), this);
    auto* modeLayout = new QVBoxLayout(mode);
    modeLayout->addWidget(m_allOrNothing);
    modeLayout->addWidget(m_validRows);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_errorsButton);
    buttons->addStretch(1);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_importButton);
    auto* close = new QPushButton(tr("关闭"), this);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("1. 选择文件（表头上方的标题行会自动跳过）"), this));
    layout->addLayout(fileRow);
    layout->addWidget(new QLabel(tr("2. 核对各列对应关系，可在右栏修改"), this));
    layout->addWidget(m_mapping, 2);
    layout->addWidget(mode);
    layout->addWidget(new QLabel(tr("3. 预览并导入"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_rejected, 1);
    layout->addLayout(buttons);
    resize(760, 640);

    m_previewButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_errorsButton->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, [this] {
        if (auto report = preview(); !report)
            QMessageBox::warning(this, windowTitle(), report.error().message);
    });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (auto report = runImport(); !report)
            QMessageBox::warning(this, windowTitle(), report.error().message);
    });
    connect(m_errorsButton, &QPushButton::clicked, this, &ImportWizard::saveErrors);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::importInto(QWidget* page, ops::Operations& ops, const QString& exchangeName)
{
    ImportWizard wizard(ops, exchangeName, page);
    wizard.exec();
    return wizard.lastReport() && wizard.lastReport()->applied;
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("选择要导入的文件"), QString(),
                                                      tr("Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    if (auto ok = loadFile(path); !ok)
        QMessageBox::warning(this, windowTitle(), ok.error().message);
}

Result<void> ImportWizard::loadFile(const QString& path)
{
    if (!m_exchange)
        return fail(QStringLiteral("exchange.ledger"), tr("不支持导入这个台账"));
    auto sheet = exchange::Importer::readFile(path);
    if (!sheet)
        return std::unexpected(sheet.error());
    m_sheet = std::move(*sheet);
    m_path->setText(QDir::toNativeSeparators(path));
    // Detecting the header reads only; the import itself goes through m_ops.importSheet().
    exchange::Importer importer(m_ops.db(), *m_exchange, *m_units, m_ops.clock().today());
    const exchange::ColumnMapping detected = importer.detect(m_sheet);
    m_headerRow = detected.headerRow;
    m_report.reset();
    m_rejected->setRowCount(0);
    m_mapping->setRowCount(0);
    if (m_headerRow < 0) {
        m_summary->setText(tr("没有找到表头行：请确认文件的列名（如 姓名、身份证号）在前30行内"));
        m_previewButton->setEnabled(false);
        m_importButton->setEnabled(false);
        return {};
    }
    const QList<exchange::InCell>& header = m_sheet.rows.at(m_headerRow);
    const QList<exchange::InCell> sample = m_sheet.rows.value(m_headerRow + 1);
    m_mapping->setRowCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(header.at(c).text));
        m_mapping->setItem(c, 1, new QTableWidgetItem(sample.value(c).text));
        for (int column = 0; column < 2; ++column)
            m_mapping->item(c, column)->setFlags(Qt::ItemIsEnabled);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("（不导入）"), QString());
        for (const exchange::ExchangeColumn& column : m_exchange->columns())
            if (!column.exportOnly)
                combo->addItem(column.required ? tr("%1（必填）").arg(column.header) : column.header, column.key);
        combo->setCurrentIndex(std::max(0, combo->findData(detected.keys.value(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_report.reset();
            m_importButton->setEnabled(true);
        });
        m_mapping->setCellWidget(c, 2, combo);
    }
    m_mapping->resizeColumnsToContents();
    m_summary->setText(tr("表头在第%1行，共%2列。核对对应关系后点“预览”。").arg(m_headerRow + 1).arg(header.size()));
    m_previewButton->setEnabled(true);
    m_importButton->setEnabled(true);
    return {};
}

void ImportWizard::setColumnKey(int fileColumn, const QString& key)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(fileColumn, 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
}

exchange::ColumnMapping ImportWizard::mapping() const
{
    exchange::ColumnMapping mapping;
    mapping.headerRow = m_headerRow;
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const auto* combo = qobject_cast<const QComboBox*>(m_mapping->cellWidget(c, 2));
        mapping.keys.append(combo ? combo->currentData().toString() : QString());
    }
    return mapping;
}

void ImportWizard::setValidRowsOnly(bool validRows)
{
    (validRows ? m_validRows : m_allOrNothing)->setChecked(true);
}

Result<exchange::ImportReport> ImportWizard::run(bool dryRun)
{
    if (!m_exchange || m_headerRow < 0)
        return fail(QStringLiteral("exchange.no_file"), tr("请先选择文件"));
    QProgressDialog progress(dryRun ? tr("正在检查…") : tr("正在导入…"), tr("取消"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    exchange::ImportOptions options;
    options.validRows = m_validRows->isChecked();
    options.dryRun = dryRun;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::max<qint64>(total, 1)));
        progress.setValue(int(std::min(done, total)));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto report = m_ops.importSheet(*m_exchange, *m_units, m_sheet, mapping(), options, m_path->text());
    if (!report)
        return report;
    m_report = *report;
    showReport(*report, dryRun);
    return report;
}

Result<exchange::ImportReport> ImportWizard::preview()
{
    return run(true);
}

Result<exchange::ImportReport> ImportWizard::runImport()
{
    auto report = run(false);
    if (report && report->applied) {
        m_importButton->setEnabled(false);
        setResult(QDialog::Accepted);
    }
    return report;
}

void ImportWizard::showReport(const exchange::ImportReport& report, bool dryRun)
{
    QString text;
    if (report.cancelled)
        text = tr("已取消，没有写入任何数据。");
    else if (dryRun)
        text = tr("预览：共%1行，将新增%2行，更新%3行（其中%4行与现有记录相同），拒绝%5行。")
                   .arg(report.rows)
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.rejected);
    else if (report.applied)
        text = tr("已导入：共%1行，新增%2行，更新%3行（其中%4行未变），拒绝%5行。")
                   .arg(report.rows)
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.unchanged)
                   .arg(report.rejected);
    else
        text = tr("没有导入：有%1行出错，按“全部导入或全部不导入”的方式一行也未写入。改正后再导入，或选择“只导入无误的行”。")
                   .arg(report.rejected);
    m_summary->setText(text);
    m_rejected->setRowCount(int(report.rejectedRows.size()));
    for (int i = 0; i < report.rejectedRows.size(); ++i) {
        m_rejected->setItem(i, 0, new QTableWidgetItem(QString::number(report.rejectedRows[i].sourceRow)));
        m_rejected->setItem(i, 1, new QTableWidgetItem(report.rejectedRows[i].reason));
    }
    m_errorsButton->setEnabled(!report.rejectedRows.isEmpty());
}

void ImportWizard::saveErrors()
{
    if (!m_report || m_report->rejectedRows.isEmpty())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("保存出错的行"), QFileInfo(m_path->text()).completeBaseName() + tr("-出错的行.xlsx"),
                                                tr("Excel 工作簿 (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (auto ok = exchange::Importer::writeErrors(path, m_exchange->title(), *m_report); !ok)
        QMessageBox::warning(this, windowTitle(), ok.error().message);
}

} // namespace wushe::ui
