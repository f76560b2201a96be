#pragma once

#include "domain/OrgUnit.h"

#include <QAbstractItemModel>
#include <QList>

namespace wushe::ui {

// Divisions as a tree (city/county → township → village). The list is small
// (a city is ~3,000 divisions) and read-only, so it is held in memory.
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, KindColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1, LevelRole };

    explicit OrgTreeModel(QObject* parent = nullptr);

    // Units in any order; those whose parent is not in the list become roots.
    void setUnits(const QList<OrgUnit>& units);
    const OrgUnit* unitAt(const QModelIndex& index) const;
    QModelIndex indexOfCode(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        OrgUnit unit;
        int parent = -1;    // index into m_nodes, -1 for a root
        int row = 0;        // position among its siblings
        QList<int> children;
    };
    const QList<int>& childrenOf(const QModelIndex& parent) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<QString, int> m_nodeByCode;
};

} // namespace wushe::ui
