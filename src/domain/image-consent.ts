// A picture staff make public (a place's photos, an activity's cover) must show no child who
// could be recognised: a minor's picture needs their guardian, which such a picture never has.
// One phrase, so every confirmation asks the same thing.
export const NO_RECOGNISABLE_CHILD = '照片里没有能认出来的孩子（脸、名字、校服上的字）'
