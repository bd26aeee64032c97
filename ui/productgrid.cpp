#include "productgrid.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

void ProductListModel::setProducts(const QList<sales::Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

const sales::Product *ProductListModel::product(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_products.size() ? &m_products[index.row()] : nullptr;
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const sales::Product *item = product(index);
    if (!item) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return item->name;
    case PriceRole:
        return item->price.format(QLocale());
    case Qt::ToolTipRole:
        return tr("%1 — %2 (SKU %3)").arg(item->name, item->price.format(QLocale()), item->sku);
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(item->name, item->price.format(QLocale()));
    default:
        return {};
    }
}

void ProductTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF tile = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus);
    QPainterPath shape;
    shape.addRoundedRect(tile, 8, 8);
    painter->fillPath(shape, selected ? QColor(0xdb, 0xea, 0xfe) : QColor(0xf8, 0xfa, 0xfc));
    painter->setPen(QPen(focused ? QColor(0x25, 0x63, 0xeb) : QColor(0xcb, 0xd5, 0xe1), focused ? 2.5 : 1));
    painter->drawPath(shape);

    const QRectF text = tile.adjusted(10, 8, -10, -8);
    QFont name = option.font;
    name.setBold(true);
    painter->setFont(name);
    painter->setPen(QColor(0x0f, 0x17, 0x2a));
    const QFontMetricsF metrics(name);
    const QRectF nameBox(text.left(), text.top(), text.width(), text.height() - metrics.height());
    const QString elided = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                              nameBox.width() * 2 - metrics.averageCharWidth());
    painter->drawText(nameBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, elided);
    QFont price = option.font;
    painter->setFont(price);
    painter->setPen(QColor(0x33, 0x41, 0x55));
    painter->drawText(text, Qt::AlignRight | Qt::AlignBottom, index.data(ProductListModel::PriceRole).toString());
    painter->restore();
}

QSize ProductTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const auto *view = qobject_cast<const QListView *>(option.widget);
    return view && view->gridSize().isValid() ? view->gridSize() : QSize(tileWidth, tileHeight);
}

ProductGrid::ProductGrid(QWidget *parent) : QListView(parent)
{
    setObjectName(u"productGrid"_s);
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);
    setGridSize({ProductTileDelegate::tileWidth, ProductTileDelegate::tileHeight});
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new ProductTileDelegate(this));
    setAccessibleName(tr("Products"));
    setFrameShape(QFrame::NoFrame);
    // A tap adds the product; a double tap adds it twice, as two taps should.
    connect(this, &QListView::clicked, this, &ProductGrid::productChosen);
}

void ProductGrid::resizeEvent(QResizeEvent *event)
{
    const int width = viewport()->width() - 1;
    const int columns = std::max(1, width / ProductTileDelegate::tileWidth);
    setGridSize({std::max(ProductTileDelegate::tileWidth, width / columns), ProductTileDelegate::tileHeight});
    QListView::resizeEvent(event);
}

void ProductGrid::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        && currentIndex().isValid()) {
        emit productChosen(currentIndex());
        return;
    }
    QListView::keyPressEvent(event);
}

} // namespace holdfast::ui
