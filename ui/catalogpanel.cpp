#include "catalogpanel.h"

#include "productgrid.h"
#include "register/enginehost.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace holdfast::ui {

CatalogPanel::CatalogPanel(EngineHost &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_search(new QLineEdit(this))
    , m_categories(new QTabBar(this))
    , m_grid(new ProductGrid(this))
    , m_model(new ProductListModel(this))
    , m_footer(new QLabel(this))
{
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setPlaceholderText(tr("Search products or type a barcode (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(44);
    m_search->setAccessibleName(tr("Search products"));
    m_categories->setObjectName(u"categoryTabs"_s);
    m_categories->setExpanding(false);
    m_categories->setDrawBase(false);
    m_categories->setUsesScrollButtons(true);
    m_categories->setAccessibleName(tr("Categories (Ctrl+Page Up, Ctrl+Page Down)"));
    m_grid->setModel(m_model);
    m_footer->setObjectName(u"catalogFooter"_s);
    m_footer->setStyleSheet(u"color: #475569;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 12);
    layout->setSpacing(8);
    layout->addWidget(m_search);
    layout->addWidget(m_categories);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_footer);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogPanel::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPanel::onReturnPressed);
    connect(m_categories, &QTabBar::currentChanged, this, &CatalogPanel::search);
    connect(m_grid, &ProductGrid::productChosen, this, [this](const QModelIndex &index) {
        if (const sales::Product *product = m_model->product(index)) {
            emit productChosen(*product);
        }
    });
    setTabOrder(m_search, m_categories);
    setTabOrder(m_categories, m_grid);
}

void CatalogPanel::setCategories(const QList<sales::Category> &categories)
{
    m_categoryList = categories;
    const QSignalBlocker blocker(m_categories);
    while (m_categories->count() > 0) {
        m_categories->removeTab(0);
    }
    m_categories->addTab(tr("All"));
    for (const sales::Category &category : categories) {
        QString label = category.name;
        m_categories->addTab(label.replace(u'&', u"&&"_s)); // "Coffee & Tea", not a mnemonic
    }
    m_categories->setCurrentIndex(0);
    // QTabBar recomputes its size only while shown; the sale screen may still be hidden here.
    m_categories->updateGeometry();
    search();
}

void CatalogPanel::refresh()
{
    search();
}

void CatalogPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CatalogPanel::nextCategory(int step)
{
    const int count = m_categories->count();
    if (count > 0) {
        m_categories->setCurrentIndex((m_categories->currentIndex() + step + count) % count);
    }
}

void CatalogPanel::search()
{
    sales::ProductQuery query;
    query.text = m_search->text().trimmed();
    query.limit = pageSize;
    const int tab = m_categories->currentIndex();
    if (tab > 0 && tab - 1 < m_categoryList.size()) {
        query.categoryId = m_categoryList.at(tab - 1).id;
    }
    const quint64 generation = ++m_generation;
    m_engine.call(
        this, [query](RegisterEngine &engine) { return engine.catalog().search(query); },
        [this, generation](const Result<sales::ProductPage> &page) {
            if (generation != m_generation) {
                return; // a newer search is on its way
            }
            if (!page) {
                m_footer->setText(page.error().message);
                return;
            }
            m_model->setProducts(page->products);
            m_total = page->total;
            if (m_model->rowCount() > 0) {
                m_grid->setCurrentIndex(m_model->index(0));
            }
            if (page->total == 0) {
                m_footer->setText(tr("No product matches."));
            } else if (page->total > page->products.size()) {
                m_footer->setText(tr("Showing %1 of %2 products: type to narrow the search.")
                                      .arg(page->products.size())
                                      .arg(page->total));
            } else {
                m_footer->setText(tr("%n product(s)", nullptr, page->total));
            }
            emit resultsShown();
        });
}

void CatalogPanel::onReturnPressed()
{
    static const QRegularExpression digits(u"^\\d{8,14}$"_s);
    const QString text = m_search->text().trimmed();
    if (digits.match(text).hasMatch()) {
        m_search->clear();
        emit barcodeEntered(text);
        return;
    }
    // Enter in the search field picks the first result.
    if (m_debounce.isActive()) {
        m_debounce.stop();
        search();
        return;
    }
    if (const sales::Product *first = m_model->product(m_model->index(0))) {
        emit productChosen(*first);
    }
}

} // namespace holdfast::ui
