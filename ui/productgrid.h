#pragma once

#include "sales/product.h"

#include <QAbstractListModel>
#include <QListView>
#include <QStyledItemDelegate>

namespace holdfast::ui {

/// One page of catalog products, as the grid shows them.
class ProductListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { PriceRole = Qt::UserRole + 1 };

    using QAbstractListModel::QAbstractListModel;

    void setProducts(const QList<sales::Product> &products);
    const sales::Product *product(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<sales::Product> m_products;
};

/// Draws a product as a large tile: name (wrapped) and price, easy to hit with a finger.
class ProductTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int tileWidth = 168;
    static constexpr int tileHeight = 84;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

/// The product grid: tiles that a tap, or Enter on the keyboard, adds to the sale once.
class ProductGrid : public QListView
{
    Q_OBJECT

public:
    explicit ProductGrid(QWidget *parent = nullptr);

signals:
    void productChosen(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    /// Tiles share the width evenly, so no strip is left empty at the right.
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace holdfast::ui
