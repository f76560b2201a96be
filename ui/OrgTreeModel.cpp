#include "OrgTreeModel.h"

namespace wushe::ui {

OrgTreeModel::OrgTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void OrgTreeModel::setUnits(const QList<OrgUnit>& units)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_nodeByCode.clear();
    m_nodes.reserve(units.size());
    for (const OrgUnit& unit : units) {
        m_nodeByCode.insert(unit.code, int(m_nodes.size()));
        m_nodes.append({unit, -1, 0, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node& node = m_nodes[i];
        const auto parent = m_nodeByCode.constFind(node.unit.parentCode);
        QList<int>& siblings = parent == m_nodeByCode.cend() ? m_roots : m_nodes[*parent].children;
        node.parent = parent == m_nodeByCode.cend() ? -1 : *parent;
        node.row = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

const OrgUnit* OrgTreeModel::unitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes.at(int(index.internalId())).unit;
}

QModelIndex OrgTreeModel::indexOfCode(const QString& code) const
{
    const auto it = m_nodeByCode.constFind(code);
    if (it == m_nodeByCode.cend())
        return {};
    return createIndex(m_nodes.at(*it).row, 0, quintptr(*it));
}

const QList<int>& OrgTreeModel::childrenOf(const QModelIndex& parent) const
{
    return parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_roots;
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int>& children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex OrgTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int OrgTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int OrgTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant OrgTreeModel::data(const QModelIndex& index, int role) const
{
    const OrgUnit* unit = unitAt(index);
    if (!unit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return unit->name;
        case CodeColumn: return unit->code;
        case KindColumn: return unit->kind;
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2（%3）").arg(unit->code, unit->name, unit->kind);
    case CodeRole:
        return unit->code;
    case LevelRole:
        return int(unit->level);
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("名称");
    case CodeColumn: return tr("区划代码");
    case KindColumn: return tr("类别");
    }
    return {};
}

} // namespace wushe::ui
