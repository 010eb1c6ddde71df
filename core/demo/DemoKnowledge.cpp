#include "demo/DemoKnowledge.h"

#include "storage/Sql.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace sd {
namespace {

struct DemoArticle
{
    const char* language;
    const char* status; // draft, published, archived
    const char* category;
    const char* product;
    const char* tags;
    const char* title;
    const char* problem;
    const char* answer;
    double usefulness; // how often agents use it when it is suggested
};

// Written as agents write them: the customer's words as the title, the steps as a list.
const DemoArticle kArticles[] = {
    {"zh", "published", "fault", "变频空调 AC-3500", "空调, 不制冷, 制冷剂", "空调开机后不制冷",
     "客户反映空调运行半小时以上，出风仍是常温，室外机风扇在转。",
     "1. 确认遥控器模式为**制冷**，设定温度低于室温 3 度以上。\n2. 清洗室内机滤网，滤网堵塞会明显降低制冷量。\n"
     "3. 检查室外机周围 50 厘米内有无杂物挡住散热。\n4. 以上都正常仍不制冷，多为缺少制冷剂，安排技术员上门检漏加注。", 0.45},
    {"zh", "published", "fault", "变频空调 AC-3500", "空调, 漏水, 排水管", "空调室内机漏水",
     "室内机出风口下方滴水，墙面有水渍。",
     "1. 请客户先关机，用毛巾接水。\n2. 多为排水管弯折或被灰尘堵塞：检查室外侧排水管出口是否有水流出。\n"
     "3. 新装机漏水多为机身不水平，需上门调整挂板。\n4. 清理排水管后仍漏水，安排上门。", 0.5},
    {"zh", "published", "fault", "对开门冰箱 RF-520", "冰箱, 异响, 噪音", "冰箱运行时有嗡嗡异响",
     "冰箱压缩机运行时声音明显变大，夜里尤其明显。",
     "1. 检查冰箱四脚是否着地，调节前脚使箱体略向后倾。\n2. 冰箱背部与墙至少留 10 厘米。\n"
     "3. 压缩机启动、停机时的轻微声响属于正常。\n4. 调平后仍有金属撞击声，安排上门检查压缩机减震垫。", 0.35},
    {"zh", "published", "fault", "滚筒洗衣机 WM-1080", "洗衣机, 不脱水, 排水", "洗衣机不脱水，衣服湿透",
     "洗涤程序走完，衣服仍然很湿，显示屏无报错或显示 E21。",
     "1. 衣物过少或都是厚重大件会导致偏心，系统为保护机器会停止脱水：加入几件衣物重新脱水。\n"
     "2. 显示 E21 为排水超时：清理机器右下角的排水过滤器。\n3. 检查排水管是否弯折、出水口是否高于 1 米。", 0.55},
    {"zh", "published", "fault", "电热水器 WH-60E", "热水器, 不加热, 漏电保护", "电热水器不加热",
     "热水器通电指示灯亮，但出水一直是凉的。",
     "1. 确认加热开关已打开，设定温度不低于 40 度。\n2. 插头上的漏电保护器跳闸时按下**复位**键；反复跳闸请停止使用并报修。\n"
     "3. 使用超过两年未清洗内胆，水垢可能导致温控误判，建议上门清洗。", 0.4},
    {"zh", "published", "fault", "燃气热水器 GH-16", "燃气, 打不着火, E1", "燃气热水器打不着火，显示 E1",
     "打开热水龙头后有点火声，但不出热水，面板显示 E1。",
     "1. 确认燃气阀门全开，燃气表有余额。\n2. 使用电池点火的机型，更换两节新的 1 号电池。\n"
     "3. 冬季首次使用可连续尝试 3 次，排出管道内空气。\n4. 仍显示 E1，请关闭燃气阀门，安排持证技术员上门，切勿自行拆机。", 0.5},
    {"zh", "published", "fault", "扫地机器人 VC-S7", "扫地机器人, 回充, 不充电", "扫地机器人找不到充电座",
     "扫完地后机器人在客厅转圈，无法回到充电座充电。",
     "1. 充电座两侧各留 0.5 米、前方 1.5 米空旷区域。\n2. 用干布擦拭机器底部充电触片和充电座弹片。\n"
     "3. 充电座不要放在镜面或深色反光地面旁。\n4. 在 App 中重新建图后再试。", 0.45},
    {"zh", "published", "fault", "净水器 WP-600", "净水器, 滤芯, 指示灯", "净水器换完滤芯后指示灯一直闪",
     "已按提示更换滤芯，但滤芯寿命指示灯仍在闪烁。",
     "1. 更换滤芯后需要将滤芯寿命归零：长按**复位**键 5 秒，听到“嘀”一声后松开。\n"
     "2. 新滤芯首次使用需冲洗 5 分钟，冲洗期间的水请勿饮用。\n3. 复位后仍闪，可能是滤芯未装到位，重新拧紧。", 0.6},
    {"zh", "published", "fault", "激光打印机 LP-2400", "打印机, 卡纸", "打印机频繁卡纸",
     "打印时纸张卡在出纸口或机器内部，几乎每打几页就卡一次。",
     "1. 打开后盖，**顺着进纸方向**慢慢取出卡住的纸，不要反向拉扯。\n2. 纸张受潮会卷曲，换一包新纸并抖散后放入。\n"
     "3. 纸盒导板要贴紧纸张两侧。\n4. 仍频繁卡纸，多为搓纸轮磨损，可上门更换。", 0.55},
    {"zh", "published", "guidance", "彩色一体机 MF-4600", "打印机, 无线, Wi-Fi, 联网", "打印机如何连接公司 Wi-Fi",
     "客户想让打印机接入公司的无线网络，多台电脑共用。",
     "1. 在打印机面板进入 **设置 → 网络 → 无线设置向导**。\n2. 选择公司 Wi-Fi 名称并输入密码；仅支持 2.4GHz 频段。\n"
     "3. 电脑上添加打印机时选择“网络打印机”，按打印机显示的 IP 地址添加。", 0.3},
    {"zh", "published", "inquiry", "", "保修, 保修卡, 发票", "保修卡丢了还能保修吗",
     "客户找不到保修卡，担心不能享受保修。",
     "可以保修。保修以购买发票或电子订单为准；没有发票时，按机身条码的出厂日期加 3 个月推算保修起始日。", 0.5},
    {"zh", "published", "inquiry", "", "上门费, 交通费, 收费", "上门维修是否收交通费",
     "客户询问上门维修会不会另外收取费用。",
     "保修期内上门服务免费。保修期外：市区上门费 50 元，郊区按距离另计，配件与人工费用由技术员上门检测后报价，客户同意后再维修。", 0.35},
    {"zh", "draft", "fault", "65英寸电视 TV-65U", "电视, 黑屏, 有声音", "电视有声音没有图像",
     "开机后有声音，但屏幕全黑或只有背光。",
     "1. 按遥控器**主页**键，确认不是信号源问题。\n2. 拔掉电源 1 分钟后重启。\n3. 仍无图像多为背光灯条故障，需要上门。", 0.0},
    {"zh", "draft", "fault", "智能电饭煲 RC-40", "电饭煲, 煮不熟", "电饭煲煮饭夹生", "", "", 0.0},
    {"zh", "archived", "inquiry", "", "以旧换新", "2025 年以旧换新活动规则",
     "客户询问以旧换新的补贴标准。", "活动已于 2025 年 12 月 31 日结束。", 0.1},
    {"en", "published", "fault", "Mono laser printer LP-2400", "printer, paper jam", "Printer keeps jamming",
     "Paper gets stuck at the output tray or inside the printer every few pages.",
     "1. Open the rear cover and pull the sheet out **in the direction it feeds**.\n2. Damp paper curls: load a fresh ream, fanned.\n"
     "3. Slide the tray guides against the paper.\n4. If it still jams, the pickup roller is worn: book a technician.", 0.5},
    {"en", "published", "fault", "Inverter air conditioner AC-3500", "air conditioner, not cooling, refrigerant", "Air conditioner runs but does not cool",
     "The unit has run for half an hour and the air is still at room temperature.",
     "1. Check the remote is on **Cool** and set at least 3 degrees below the room.\n2. Clean the indoor filters.\n"
     "3. Clear anything within 50 cm of the outdoor unit.\n4. Still warm: likely low refrigerant, book a leak check.", 0.4},
    {"en", "published", "guidance", "Robot vacuum VC-S7", "robot vacuum, no-go zone, app", "How to set a no-go zone on the robot vacuum",
     "The customer wants the robot to keep out of the children's room.",
     "1. Open the app and choose **Map → Edit → No-go zone**.\n2. Draw a rectangle over the area and save.\n3. The robot must have mapped the home once.", 0.25},
    {"en", "published", "inquiry", "", "warranty, invoice, warranty card", "Lost warranty card: is the unit still covered?",
     "The customer cannot find the warranty card.",
     "Yes. Warranty follows the purchase invoice or online order; without one, it starts three months after the manufacturing date on the serial label.", 0.4},
    {"en", "draft", "fault", "RO water purifier WP-600", "purifier, leak", "Water under the purifier", "Small puddle under the sink unit.", "", 0.0},
};

} // namespace

DemoKnowledge::DemoKnowledge(Workspace& workspace, DemoRandom& random, QList<qint64> authors, QList<qint64> reviewers, qint64 now)
    : m_workspace(workspace)
    , m_random(random)
    , m_authors(std::move(authors))
    , m_reviewers(std::move(reviewers))
    , m_now(now)
{
}

QString DemoKnowledge::uuid()
{
    return QUuid::createUuidV5(QUuid(), QString::number(m_random.next())).toString(QUuid::WithoutBraces);
}

Result<qint64> DemoKnowledge::insertArticle(int index)
{
    const DemoArticle& a = kArticles[index];
    const qint64 written = m_now - m_random.between(20, 120) * 86400;
    const bool reviewed = QLatin1String(a.status) != QLatin1String("draft");
    const QVariant author = m_authors.isEmpty() ? QVariant() : QVariant(m_random.pick(m_authors));
    const QVariant reviewer = reviewed && !m_reviewers.isEmpty() ? QVariant(m_random.pick(m_reviewers)) : QVariant();
    auto inserted = sql::run(m_workspace.database().connection(),
                             QStringLiteral("INSERT INTO kb_articles (uuid, title, problem, answer, category, product, tags, language, status, "
                                            "author_id, reviewer_id, reviewed_at, created_at, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {uuid(), QString::fromUtf8(a.title), QString::fromUtf8(a.problem), QString::fromUtf8(a.answer),
                              QString::fromLatin1(a.category), QString::fromUtf8(a.product), QString::fromUtf8(a.tags),
                              QString::fromLatin1(a.language), QString::fromLatin1(a.status), author, reviewer,
                              reviewed ? QVariant(written + 86400) : QVariant(), written, reviewed ? written + 86400 : written, author});
    if (!inserted)
        return fail(inserted.error());
    auto id = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT id FROM kb_articles WHERE title = ? AND language = ?"),
                          {QString::fromUtf8(a.title), QString::fromLatin1(a.language)});
    if (!id)
        return fail(id.error());
    return id->toLongLong();
}

// Suggested a few times on most days; used in proportion to how much it helps.
Status DemoKnowledge::countUsage(qint64 articleId, double usefulness)
{
    const QTimeZone zone(m_workspace.configuration().officeTimeZone.toUtf8());
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, zone.isValid() ? zone : QTimeZone::utc()).date();
    for (int back = 30; back >= 1; --back) {
        const qint64 suggested = m_random.between(0, 6);
        if (suggested == 0)
            continue;
        qint64 used = 0;
        for (qint64 i = 0; i < suggested; ++i)
            used += m_random.chance(usefulness) ? 1 : 0;
        auto counted = sql::run(m_workspace.database().connection(),
                                QStringLiteral("INSERT INTO kb_usage (uuid, article_id, office_code, day, suggested, used) VALUES (?, ?, ?, ?, ?, ?)"),
                                {uuid(), articleId, m_workspace.configuration().officeCode, today.addDays(-back).toString(Qt::ISODate),
                                 suggested, used});
        if (!counted)
            return fail(counted.error());
    }
    return {};
}

Status DemoKnowledge::create()
{
    auto existing = sql::scalar(m_workspace.database().connection(), QStringLiteral("SELECT COUNT(*) FROM kb_articles"));
    if (!existing)
        return fail(existing.error());
    if (existing->toLongLong() > 0)
        return {};
    for (int i = 0; i < int(std::size(kArticles)); ++i) {
        auto id = insertArticle(i);
        if (!id)
            return fail(id.error());
        if (QLatin1String(kArticles[i].status) == QLatin1String("published"))
            if (auto counted = countUsage(*id, kArticles[i].usefulness); !counted)
                return counted;
    }
    return {};
}

} // namespace sd
