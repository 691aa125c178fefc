package match

// traditional maps traditional Chinese characters common in company and place names to their
// simplified forms. A supplier in Hong Kong or Taiwan writes 中國鐵建 where the mainland writes
// 中国铁建, and a bookkeeper reads them as the same name. The list is short on purpose: only
// characters that are unambiguous one-to-one simplifications.
var traditional = map[rune]rune{}

func init() {
	const pairs = "國国鐵铁團团設设築筑業业發发東东實实際际氣气電电機机總总廠厂資资務务華华貿贸" +
		"興兴開开區区廣广長长龍龙門门灣湾萬万豐丰學学醫医產产場场間间號号會会鋼钢鋁铝橋桥" +
		"塗涂裝装質质測测術术線线網网結结構构礦矿運运輸输車车陸陆與与為为來来個个聯联體体" +
		"園园樓楼層层廈厦鄉乡縣县鎮镇廳厅環环衛卫備备維维護护監监協协組组織织營营銷销貨货" +
		"鎖锁賓宾館馆點点燈灯熱热溫温濕湿過过進进遠远選选達达邊边閥阀鍋锅爐炉雲云歐欧亞亚" +
		"紐纽倫伦義义韓韩葉叶劉刘陳陈張张楊杨黃黄趙赵吳吴孫孙鄭郑馬马鄧邓蕭萧許许謝谢盧卢" +
		"蘇苏錢钱億亿滬沪粵粤閩闽漢汉寧宁遼辽壩坝綠绿紅红藍蓝證证險险銀银經经濟济權权計计" +
		"劃划規规頭头圖图書书畫画辦办處处員员門门創创際际標标準准隊队農农費费貴贵"
	r := []rune(pairs)
	for i := 0; i+1 < len(r); i += 2 {
		traditional[r[i]] = r[i+1]
	}
}
