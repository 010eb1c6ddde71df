#include "reports/ChineseWords.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <mutex>

#ifdef SD_HAVE_FRISO
extern "C" {
#include <friso.h>
}
#endif

namespace sd {
namespace {

// Words of this trade that friso's lexicon lacks (checked against friso-dict 1.6.4).
const char* const kTradeWords[] = {
    "充电桩", "滤芯", "外机", "内机", "扫地机器人", "洗碗机", "烘干机", "干衣机", "洗烘一体机", "净水机", "饮水机",
    "油烟机", "集成灶", "燃气灶", "电热水器", "壁挂炉", "新风机", "除湿机", "加湿器", "空气净化器", "投影仪",
    "扫码枪", "收银机", "门锁", "智能锁", "指纹锁", "摄像机", "路由器", "机顶盒", "显示屏", "触摸屏", "黑屏", "花屏",
    "蓝屏", "死机", "开不了机", "不开机", "漏水", "漏电", "跳闸", "异响", "异味", "卡纸", "缺墨", "报错", "故障码",
    "错误代码", "不制冷", "不制热", "不加热", "不出水", "不出冰", "不充电", "上门", "安装费", "延保", "以旧换新", "发票抬头",
};

// Question words and fillers of subjects that say nothing of the problem.
const QSet<QString>& fillers()
{
    static const QSet<QString> words{
        QStringLiteral("如何"), QStringLiteral("什么"), QStringLiteral("怎么"), QStringLiteral("怎样"), QStringLiteral("可以"),
        QStringLiteral("是否"), QStringLiteral("能否"), QStringLiteral("一下"), QStringLiteral("一次"), QStringLiteral("多久"),
        QStringLiteral("比较"), QStringLiteral("问题"), QStringLiteral("已经"), QStringLiteral("还是"), QStringLiteral("没有"),
        QStringLiteral("为什么"), QStringLiteral("请问"), QStringLiteral("需要"), QStringLiteral("一直"), QStringLiteral("出现"),
        QStringLiteral("怎么办"), QStringLiteral("怎么样"), QStringLiteral("处理"), QStringLiteral("解决"),
        QStringLiteral("客户"),
    };
    return words;
}

// "无法充电" (cannot charge) is the problem; "无法" alone says nothing.
bool isNegation(const QString& word)
{
    return word == QStringLiteral("不") || word == QStringLiteral("没") || word == QStringLiteral("无法") || word == QStringLiteral("不能");
}

#ifdef SD_HAVE_FRISO

// Where Debian's friso-dict puts the UTF-8 lexicon.
QString lexiconFolder()
{
    const QString overridden = qEnvironmentVariable("SD_FRISO_LEXICON");
    const QString folder = overridden.isEmpty() ? QStringLiteral("/usr/share/friso/dict/UTF-8/") : overridden;
    return QFile::exists(folder + QStringLiteral("/friso.lex.ini")) ? QDir(folder).absolutePath() + QLatin1Char('/') : QString();
}

struct Segmenter
{
    friso_t friso = nullptr;
    friso_config_t config = nullptr;
};

// friso reads its settings from a file only: a temporary one naming the lexicon.
Segmenter* load()
{
    const QString folder = lexiconFolder();
    QTemporaryDir dir;
    if (folder.isEmpty() || !dir.isValid())
        return nullptr;
    QFile ini(dir.filePath(QStringLiteral("friso.ini")));
    if (!ini.open(QIODevice::WriteOnly))
        return nullptr;
    // Complex (mmseg) mode, no name recognition (customers' names are not problems), stop words kept to be seen.
    ini.write(QByteArray("friso.charset = 0\nfriso.lex_dir = ") + folder.toUtf8()
              + "\nfriso.max_len = 5\nfriso.r_name = 0\nfriso.mix_len = 2\nfriso.lna_len = 1\nfriso.add_syn = 0\n"
                "friso.clr_stw = 0\nfriso.keep_urec = 0\nfriso.spx_out = 0\nfriso.en_sseg = 0\nfriso.st_minl = 2\n"
                "friso.kpuncs = @%.#&+\nfriso.nthreshold = 2000000\nfriso.mode = 2\n");
    ini.close();
    auto* segmenter = new Segmenter{friso_new(), friso_new_config()};
    QByteArray path = ini.fileName().toLocal8Bit();
    if (friso_init_from_ifile(segmenter->friso, segmenter->config, path.data()) != 1) {
        friso_free(segmenter->friso);
        delete segmenter;
        return nullptr;
    }
    for (const char* word : kTradeWords)
        if (!friso_dic_match(segmenter->friso->dic, __LEX_CJK_WORDS__, const_cast<char*>(word)))
            // friso keeps the pointer: the words live as long as the process.
            friso_dic_add(segmenter->friso->dic, __LEX_CJK_WORDS__, strdup(word), nullptr);
    return segmenter;
}

Segmenter* segmenter()
{
    static Segmenter* loaded = nullptr;
    static std::once_flag once;
    std::call_once(once, [] { loaded = load(); });
    return loaded;
}

#endif

} // namespace

bool ChineseWords::available()
{
#ifdef SD_HAVE_FRISO
    return segmenter() != nullptr;
#else
    return false;
#endif
}

QStringList ChineseWords::wordsOf(const QString& hanRun)
{
    QStringList words;
#ifdef SD_HAVE_FRISO
    Segmenter* loaded = segmenter();
    if (!loaded)
        return words;
    QByteArray text = hanRun.toUtf8();
    friso_task_t task = friso_new_task();
    friso_set_text(task, text.data());
    QString negation;
    while (loaded->config->next_token(loaded->friso, loaded->config, task) != nullptr) {
        const QString word = QString::fromUtf8(task->token->word);
        if (isNegation(word)) {
            negation = word;
            continue;
        }
        const bool stop = fillers().contains(word)
                          || friso_dic_match(loaded->friso->dic, __LEX_STOPWORDS__, task->token->word);
        if (!stop && (word.size() >= 2 || !negation.isEmpty()))
            words.append(negation + word);
        negation.clear();
    }
    friso_free_task(task);
#else
    Q_UNUSED(hanRun);
#endif
    return words;
}

} // namespace sd
