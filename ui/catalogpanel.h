#pragma once

#include "sales/product.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTabBar;

namespace holdfast {
class EngineHost;
}

namespace holdfast::ui {

class ProductGrid;
class ProductListModel;

/// The left half of the sale screen: a search field, category tabs and the product grid. The
/// catalog is searched in the engine thread (indexed, paged); the grid shows the first page.
class CatalogPanel : public QWidget
{
    Q_OBJECT

public:
    /// The most products one page shows; narrower searches find the rest.
    static constexpr int pageSize = 200;

    explicit CatalogPanel(EngineHost &engine, QWidget *parent = nullptr);

    void setCategories(const QList<sales::Category> &categories);
    /// Runs the current search again (after an import).
    void refresh();
    void focusSearch();
    void nextCategory(int step);
    QLineEdit *searchField() const { return m_search; }
    ProductGrid *grid() const { return m_grid; }
    ProductListModel *model() const { return m_model; }
    /// How many products the current search found in all (the grid shows at most pageSize).
    int total() const { return m_total; }

signals:
    void productChosen(const holdfast::sales::Product &product);
    /// Digits and Enter in the search field: a scanner, or someone typing a barcode.
    void barcodeEntered(const QString &code);
    /// The first search after a change came back (tests wait for it).
    void resultsShown();

private:
    void search();
    void onReturnPressed();

    EngineHost &m_engine;
    QLineEdit *m_search;
    QTabBar *m_categories;
    ProductGrid *m_grid;
    ProductListModel *m_model;
    QLabel *m_footer;
    QTimer m_debounce;
    QList<sales::Category> m_categoryList;
    int m_total = 0;
    quint64 m_generation = 0; ///< answers of older searches are dropped
};

} // namespace holdfast::ui
