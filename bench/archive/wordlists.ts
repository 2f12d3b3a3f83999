/**
 * Word lists for the synthetic archive: places, media, offices and names. Pure data, kept in the repo so an
 * archive is reproducible from a seed alone. Everything is written in Simplified; a release printed in
 * Traditional is converted as a whole afterwards.
 */

/** A province and the provincial media that attend its cities' press conferences. */
export interface Province {
  name: string;
  media: readonly string[];
  /** Prefecture-level cities as `name:slug`; the slug is the city's pinyin, used in release ids. */
  cities: readonly string[];
}

/** A prefecture-level city, written without 市. */
export interface City {
  name: string;
  /** Lowercase pinyin, unique in the list (苏州 and 宿州 both read suzhou; the seed's 宿州 keeps it). */
  slug: string;
  province: Province;
}

// Anhui comes first and whole: the seed is an Anhui release, and its neighbours' names (宿迁, 滁州, 亳州, 徐州 …)
// are the look-alikes a question about 宿州 must not drift to.
const PROVINCES: readonly Province[] = [
  {
    name: '安徽',
    media: ['安徽日报', '中安在线', '安徽广播电视台', '新安晚报'],
    cities: ['合肥:hefei', '芜湖:wuhu', '蚌埠:bengbu', '淮南:huainan', '马鞍山:maanshan', '淮北:huaibei', '铜陵:tongling', '安庆:anqing', '黄山:huangshan', '滁州:chuzhou', '阜阳:fuyang', '宿州:suzhou', '六安:luan', '亳州:bozhou', '池州:chizhou', '宣城:xuancheng'],
  },
  {
    name: '江苏',
    media: ['新华日报', '交汇点新闻', '江苏广播电视总台'],
    cities: ['徐州:xuzhou', '宿迁:suqian', '苏州:suzhou-jiangsu', '无锡:wuxi', '常州:changzhou', '南通:nantong', '连云港:lianyungang', '淮安:huaian', '盐城:yancheng', '扬州:yangzhou', '镇江:zhenjiang', '泰州:taizhou-jiangsu'],
  },
  {
    name: '浙江',
    media: ['浙江日报', '浙江在线', '浙江广播电视集团'],
    cities: ['温州:wenzhou', '嘉兴:jiaxing', '湖州:huzhou', '绍兴:shaoxing', '金华:jinhua', '衢州:quzhou', '舟山:zhoushan', '台州:taizhou-zhejiang', '丽水:lishui'],
  },
  {
    name: '山东',
    media: ['大众日报', '大众网', '山东广播电视台'],
    cities: ['淄博:zibo', '枣庄:zaozhuang', '东营:dongying', '烟台:yantai', '潍坊:weifang', '济宁:jining', '泰安:taian', '威海:weihai', '日照:rizhao', '临沂:linyi', '德州:dezhou', '聊城:liaocheng', '滨州:binzhou', '菏泽:heze'],
  },
  {
    name: '河南',
    media: ['河南日报', '大河网', '河南广播电视台'],
    cities: ['开封:kaifeng', '洛阳:luoyang', '平顶山:pingdingshan', '安阳:anyang', '鹤壁:hebi', '新乡:xinxiang', '焦作:jiaozuo', '濮阳:puyang', '许昌:xuchang', '漯河:luohe', '三门峡:sanmenxia', '南阳:nanyang', '商丘:shangqiu', '信阳:xinyang', '周口:zhoukou', '驻马店:zhumadian'],
  },
  {
    name: '湖北',
    media: ['湖北日报', '荆楚网', '湖北广播电视台'],
    cities: ['黄石:huangshi', '十堰:shiyan', '宜昌:yichang', '襄阳:xiangyang', '鄂州:ezhou', '荆门:jingmen', '孝感:xiaogan', '荆州:jingzhou', '黄冈:huanggang', '咸宁:xianning', '随州:suizhou'],
  },
  {
    name: '湖南',
    media: ['湖南日报', '红网', '湖南广播电视台'],
    cities: ['株洲:zhuzhou', '湘潭:xiangtan', '衡阳:hengyang', '邵阳:shaoyang', '岳阳:yueyang', '常德:changde', '张家界:zhangjiajie', '益阳:yiyang', '郴州:chenzhou', '永州:yongzhou', '怀化:huaihua', '娄底:loudi'],
  },
  {
    name: '江西',
    media: ['江西日报', '大江网', '江西广播电视台'],
    cities: ['景德镇:jingdezhen', '萍乡:pingxiang', '九江:jiujiang', '新余:xinyu', '鹰潭:yingtan', '赣州:ganzhou', '吉安:jian', '宜春:yichun', '抚州:fuzhou-jiangxi', '上饶:shangrao'],
  },
  {
    name: '福建',
    media: ['福建日报', '东南网', '福建广播影视集团'],
    cities: ['福州:fuzhou', '莆田:putian', '三明:sanming', '泉州:quanzhou', '漳州:zhangzhou', '南平:nanping', '龙岩:longyan', '宁德:ningde'],
  },
  {
    name: '广东',
    media: ['南方日报', '南方网', '广东广播电视台'],
    cities: ['韶关:shaoguan', '珠海:zhuhai', '汕头:shantou', '佛山:foshan', '江门:jiangmen', '湛江:zhanjiang', '茂名:maoming', '肇庆:zhaoqing', '惠州:huizhou', '梅州:meizhou', '河源:heyuan', '清远:qingyuan'],
  },
  {
    name: '四川',
    media: ['四川日报', '四川在线', '四川广播电视台'],
    cities: ['自贡:zigong', '攀枝花:panzhihua', '泸州:luzhou', '德阳:deyang', '绵阳:mianyang', '广元:guangyuan', '遂宁:suining', '内江:neijiang', '乐山:leshan', '南充:nanchong', '宜宾:yibin', '达州:dazhou'],
  },
  {
    name: '河北',
    media: ['河北日报', '长城网', '河北广播电视台'],
    cities: ['唐山:tangshan', '秦皇岛:qinhuangdao', '邯郸:handan', '邢台:xingtai', '保定:baoding', '张家口:zhangjiakou', '承德:chengde', '沧州:cangzhou', '廊坊:langfang', '衡水:hengshui'],
  },
  {
    name: '山西',
    media: ['山西日报', '黄河新闻网', '山西广播电视台'],
    cities: ['大同:datong', '阳泉:yangquan', '长治:changzhi', '晋城:jincheng', '朔州:shuozhou', '晋中:jinzhong', '运城:yuncheng', '忻州:xinzhou', '临汾:linfen', '吕梁:lvliang'],
  },
  {
    name: '陕西',
    media: ['陕西日报', '西部网', '陕西广播电视台'],
    cities: ['宝鸡:baoji', '咸阳:xianyang', '渭南:weinan', '延安:yanan', '汉中:hanzhong', '榆林:yulin', '安康:ankang', '商洛:shangluo'],
  },
  {
    name: '广西',
    media: ['广西日报', '广西新闻网', '广西广播电视台'],
    cities: ['柳州:liuzhou', '桂林:guilin', '梧州:wuzhou', '北海:beihai', '钦州:qinzhou', '贵港:guigang', '玉林:yulin-guangxi', '百色:baise'],
  },
  {
    name: '云南',
    media: ['云南日报', '云南网', '云南广播电视台'],
    cities: ['曲靖:qujing', '玉溪:yuxi', '保山:baoshan', '昭通:zhaotong', '丽江:lijiang', '普洱:puer', '临沧:lincang'],
  },
  {
    name: '贵州',
    media: ['贵州日报', '多彩贵州网', '贵州广播电视台'],
    cities: ['六盘水:liupanshui', '遵义:zunyi', '安顺:anshun', '毕节:bijie', '铜仁:tongren'],
  },
  {
    name: '甘肃',
    media: ['甘肃日报', '每日甘肃网', '甘肃广播电视总台'],
    cities: ['天水:tianshui', '白银:baiyin', '武威:wuwei', '张掖:zhangye', '酒泉:jiuquan', '庆阳:qingyang', '定西:dingxi'],
  },
  {
    name: '黑龙江',
    media: ['黑龙江日报', '东北网', '黑龙江广播电视台'],
    cities: ['齐齐哈尔:qiqihar', '牡丹江:mudanjiang', '佳木斯:jiamusi', '大庆:daqing', '鸡西:jixi', '绥化:suihua'],
  },
  {
    name: '吉林',
    media: ['吉林日报', '中国吉林网', '吉林广播电视台'],
    cities: ['四平:siping', '辽源:liaoyuan', '通化:tonghua', '白山:baishan', '松原:songyuan', '白城:baicheng'],
  },
  {
    name: '辽宁',
    media: ['辽宁日报', '北国网', '辽宁广播电视台'],
    cities: ['鞍山:anshan', '抚顺:fushun', '本溪:benxi', '丹东:dandong', '锦州:jinzhou', '营口:yingkou', '阜新:fuxin', '辽阳:liaoyang', '铁岭:tieling', '朝阳:chaoyang'],
  },
  {
    name: '内蒙古',
    media: ['内蒙古日报', '正北方网', '内蒙古广播电视台'],
    cities: ['包头:baotou', '乌海:wuhai', '赤峰:chifeng', '通辽:tongliao', '鄂尔多斯:ordos', '呼伦贝尔:hulunbuir', '巴彦淖尔:bayannur', '乌兰察布:ulanqab'],
  },
];

/** Every city in the lists, province by province. */
export const CITIES: readonly City[] = PROVINCES.flatMap((province) =>
  province.cities.map((entry) => {
    const [name, slug] = entry.split(':') as [string, string];
    return { name, slug, province };
  }),
);

/** The seed release's city; generated releases about it keep off the seed's topic and day. */
export const SEED_CITY = '宿州';

/** National media that turn up at city press conferences now and then. */
export const NATIONAL_MEDIA: readonly string[] = ['人民网', '新华网', '中国新闻网', '央广网', '光明网', '中国日报网', '经济日报', '学习强国'];

/** A city's own media, from its name. */
export const LOCAL_MEDIA: readonly string[] = ['{city}日报', '{city}广播电视台', '{city}发布', '{city}新闻网', '{city}晚报', '{city}融媒体中心'];

/** Who publishes a city's press conferences. */
export const OFFICES: readonly string[] = ['{city}市政府新闻办', '{city}市人民政府新闻办公室', '中共{city}市委宣传部', '{city}市政府新闻办'];

/** Where a city holds them. */
export const PLACES: readonly string[] = ['{city}市新闻发布厅', '{city}市政府新闻发布厅', '{city}市人民政府新闻发布厅', '{city}市融媒体中心演播厅', '{city}市政务服务中心会议室'];

/** Parts of a city that releases name as places of work: `{city}` + zone. */
export const ZONES: readonly string[] = ['经济技术开发区', '高新技术产业开发区', '东部新城', '老城区', '南部新区', '现代产业园区', '临港产业园', '综合保税区', '北部片区', '滨湖新区'];

// Surnames and given-name characters that OpenCC converts one way only: 于/於, 余/餘, 范/範, 钟/鐘/鍾 and 沈/瀋
// would print a name differently in a Traditional release than in its speaker list.
/** Common surnames. */
export const SURNAMES: readonly string[] = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任姚卢姜崔谭陆汪金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴莫孔向汤'];

/** Characters for given names (no 克 nor 黎: the seed's people stay out of the archive). */
export const GIVEN_NAME_CHARACTERS: readonly string[] = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉建文斌宇浩凯鹏飞晨晓红波宁亮林峰辉婷雪琳颖倩彬鑫俊帅东海志新国忠庆春梅兰成德荣博振毅翔然欣悦璐洁琴岚昊哲锋卫清松涵宏立君胜祥瑞安捷婕蕾薇茜莉航'];
