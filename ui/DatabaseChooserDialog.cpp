#include "DatabaseChooserDialog.h"

#include "OrgTreeModel.h"
#include "org/JurisdictionCreator.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

namespace wushe::ui {

DatabaseChooserDialog::DatabaseChooserDialog(const org::DivisionCatalog& catalog, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_model(new OrgTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)), m_selection(new QLabel(this)),
      m_path(new QLineEdit(this)), m_error(new QLabel(this)), m_createButton(new QPushButton(tr("新建数据库"), this))
{
    setWindowTitle(tr("新建或打开数据库 — 五社联动工作台"));
    resize(760, 620);

    // Villages cannot hold a database; leaving them out keeps the tree to ~1,500 rows.
    QList<OrgUnit> units;
    for (const OrgUnit& unit : catalog.all())
        if (unit.level != OrgLevel::Village)
            units.append(unit);
    m_model->setUnits(units);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_proxy);
    m_tree->setObjectName(QStringLiteral("jurisdictionTree"));
    m_tree->header()->setSectionResizeMode(OrgTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expand(m_proxy->index(0, 0));

    m_filter->setPlaceholderText(tr("输入名称或区划代码搜索，例如：大荔"));
    m_filter->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color:#b00020"));
    m_error->setWordWrap(true);
    m_createButton->setDefault(true);
    m_createButton->setEnabled(false);

    auto* browse = new QPushButton(tr("浏览…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("辖区："), m_selection);
    form->addRow(tr("保存到："), pathRow);

    auto* buttons = new QDialogButtonBox(this);
    auto* openButton = buttons->addButton(tr("打开已有数据库…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("请选择本数据库的辖区（市、县（区）或乡镇（街道））："), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &DatabaseChooserDialog::setFilterText);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DatabaseChooserDialog::updateSelection);
    connect(m_path, &QLineEdit::textChanged, this, &DatabaseChooserDialog::updateSelection);
    connect(browse, &QPushButton::clicked, this, &DatabaseChooserDialog::browseTarget);
    connect(openButton, &QPushButton::clicked, this, &DatabaseChooserDialog::openExisting);
    connect(m_createButton, &QPushButton::clicked, this, [this] {
        if (createDatabase())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSelection();
}

void DatabaseChooserDialog::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
}

bool DatabaseChooserDialog::selectJurisdiction(const QString& code)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfCode(code));
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void DatabaseChooserDialog::setTargetPath(const QString& path)
{
    m_path->setText(path);
}

QString DatabaseChooserDialog::selectedCode() const
{
    return m_tree->currentIndex().data(OrgTreeModel::CodeRole).toString();
}

QString DatabaseChooserDialog::errorText() const
{
    return m_error->text();
}

void DatabaseChooserDialog::updateSelection()
{
    const QString code = selectedCode();
    const OrgUnit* unit = code.isEmpty() ? nullptr : m_catalog.find(code);
    const bool eligible = unit && unit->level != OrgLevel::Province;
    if (!unit) {
        m_selection->setText(tr("（未选择）"));
    } else {
        QStringList path;
        for (const OrgUnit& ancestor : m_catalog.ancestors(code))
            path << ancestor.name;
        path << unit->name;
        m_selection->setText(QStringLiteral("%1（%2）").arg(path.join(u' '), unit->code));
        if (sender() == m_tree->selectionModel() || m_path->text().isEmpty()) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            m_path->setText(QDir(folder).filePath(QStringLiteral("%1-%2.db").arg(unit->name, unit->code)));
        }
    }
    m_createButton->setEnabled(eligible && !m_path->text().trimmed().isEmpty());
}

void DatabaseChooserDialog::browseTarget()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("保存数据库"), m_path->text(), tr("数据库文件 (*.db)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void DatabaseChooserDialog::openExisting()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("打开数据库"), QString(), tr("数据库文件 (*.db);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    m_chosenPath = path;
    accept();
}

bool DatabaseChooserDialog::createDatabase()
{
    const QString path = m_path->text().trimmed();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const SystemClock clock;
    // The 填表人 kept from earlier (MainWindow asks for it once); never the login name.
    const QString user = QSettings().value(QStringLiteral("operator/name"), QStringLiteral("wushe")).toString();
    auto db = org::JurisdictionCreator(m_catalog).create(path, selectedCode(), {user, &clock});
    if (!db) {
        m_error->setText(db.error().message);
        return false;
    }
    m_error->clear();
    m_chosenPath = db->path();
    return true;
}

} // namespace wushe::ui
