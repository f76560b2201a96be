#pragma once

#include "org/DivisionCatalog.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace wushe::ui {

class OrgTreeModel;

// First run (or 文件 → 新建): create a database for a jurisdiction picked from a
// searchable tree of Shaanxi's cities, counties and townships, or open a file.
class DatabaseChooserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DatabaseChooserDialog(const org::DivisionCatalog& catalog, QWidget* parent = nullptr);

    // The database to open after accept(): newly created or picked.
    QString chosenPath() const { return m_chosenPath; }

    // Test and scripting seams: the same steps a user takes.
    void setFilterText(const QString& text);
    bool selectJurisdiction(const QString& code);
    void setTargetPath(const QString& path);
    bool createDatabase(); // false with the reason shown in the dialog
    QString errorText() const;
    QTreeView* tree() const { return m_tree; }

private:
    void updateSelection();
    void browseTarget();
    void openExisting();
    QString selectedCode() const;

    const org::DivisionCatalog& m_catalog;
    OrgTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QLabel* m_selection;
    QLineEdit* m_path;
    QLabel* m_error;
    QPushButton* m_createButton;
    QString m_chosenPath;
};

} // namespace wushe::ui
